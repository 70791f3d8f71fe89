import { getFormatter, getTranslations } from "next-intl/server";
import { stayText } from "@/components/stay/stay-text";
import type { StaySummary } from "@/lib/stay/list-stays";

/** Each person's hotel, nights and travel as given, for the private link's overview. */
export async function StaySummaryList({ stays }: { stays: StaySummary[] }) {
  const [t, format] = await Promise.all([getTranslations("stay"), getFormatter()]);
  return (
    <dl className="summary-list">
      {stays.map((stay) => (
        <div key={stay.attendeeId} className="summary-list__row">
          <dt>{stay.name}</dt>
          <dd>{stayText(t, format, stay)}</dd>
        </div>
      ))}
    </dl>
  );
}
