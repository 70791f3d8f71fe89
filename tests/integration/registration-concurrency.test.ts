// The capacity invariant under load: many people submitting for the last seats at the same moment.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createRegistration } from "@/lib/registrations/create-registration";
import { HYBRIT_ANSWERS, OPEN_NOW, delegate, registration, seededMeeting } from "./registration-fixtures";

describe("last HYBRIT seats", () => {
  it(
    "200 concurrent submits for the last 10 seats: 10 confirmed, 190 waitlisted 1..190, no errors",
    { timeout: 120_000 },
    async () => {
      const { activity, members } = await seededMeeting();
      const hybrit = activity("hybrit");
      const visitor = () =>
        delegate([hybrit.id, activity("day-1").id], { answers: { [hybrit.id]: HYBRIT_ANSWERS } });

      // 30 of the 40 seats go first, ten at a time.
      for (const member of members.slice(0, 3)) {
        await createRegistration(registration(member.id, Array.from({ length: 10 }, visitor)), OPEN_NOW);
      }

      const results = await Promise.allSettled(
        Array.from({ length: 200 }, (_, index) =>
          createRegistration(registration(members[index % members.length]!.id, [visitor()]), OPEN_NOW),
        ),
      );
      const rejected = results.filter((result) => result.status === "rejected");
      expect(rejected.map((result) => String((result as PromiseRejectedResult).reason))).toEqual([]);

      const outcomes = results.map((result) => {
        const summary = (result as PromiseFulfilledResult<Awaited<ReturnType<typeof createRegistration>>>)
          .value.summary;
        return summary.attendees[0]!.signups.find((signup) => signup.activityId === hybrit.id)!;
      });
      expect(outcomes.filter((signup) => signup.status === "confirmed")).toHaveLength(10);
      const positions = outcomes
        .filter((signup) => signup.status === "waitlisted")
        .map((signup) => signup.position);
      expect(positions.sort((a, b) => a! - b!)).toEqual(Array.from({ length: 190 }, (_, index) => index + 1));

      expect(await db.signup.count({ where: { activityId: hybrit.id, status: "confirmed" } })).toBe(40);
      // Queue numbers follow commit order: each transaction took the next number under the lock.
      const queue = await db.signup.findMany({
        where: { activityId: hybrit.id, status: "waitlisted" },
        orderBy: { queueNumber: "asc" },
        select: { queueNumber: true },
      });
      expect(queue.map((signup) => signup.queueNumber)).toEqual(
        Array.from({ length: 190 }, (_, index) => index + 1),
      );
    },
  );
});
