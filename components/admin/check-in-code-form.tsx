"use client";

import {
  startTransition,
  useActionState,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/submit-button";
import { StepErrors } from "@/components/registration/step-errors";
import { initialStepState, type StepState } from "@/lib/actions/form-state";
import type { SyncedCheckIn } from "@/lib/check-in/sync-queued-check-ins";

/** An answer of the sync route: a refusal comes with its reason in the page's language. */
type Answer = SyncedCheckIn & { message?: string };

type Queued = { id: string; code: string; scope: string | null; at: string };

const SYNC_EVERY_MS = 5_000;
const KEPT_RESULTS = 10;

const queueKey = (slug: string) => `sik-check-in-queue:${slug}`;

function readQueue(slug: string): Queued[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(queueKey(slug)) ?? "[]");
    return Array.isArray(parsed) ? (parsed as Queued[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(slug: string, items: Queued[]) {
  localStorage.setItem(queueKey(slug), JSON.stringify(items));
}

/**
 * The check-in code form, which keeps working through a loss of connection: while the phone is
 * offline (or the post fails on the network) each code is queued in the phone's storage, shown as
 * not yet sent, and sent when the network is back. The server checks a person in once, however
 * often a code arrives, and keeps the time it was scanned.
 */
export function CheckInCodeForm({
  action,
  slug,
  scope,
  submitLabel,
  children,
}: {
  action: (state: StepState<null>, form: FormData) => Promise<StepState<null>>;
  slug: string;
  scope: string | null;
  submitLabel: string;
  children: ReactNode;
}) {
  const t = useTranslations("admin.offline");
  const format = useFormatter();
  const router = useRouter();
  const locale = useLocale();
  const [queue, setQueue] = useState<Queued[]>([]);
  const [results, setResults] = useState<Answer[]>([]);
  const [online, setOnline] = useState(true);
  const [notice, setNotice] = useState<"queued" | "already-queued" | null>(null);
  const syncing = useRef(false);

  const enqueue = useCallback(
    (code: string) => {
      const items = readQueue(slug);
      if (items.some((item) => item.code === code && item.scope === scope)) {
        setNotice("already-queued");
        return;
      }
      const next = [...items, { id: crypto.randomUUID(), code, scope, at: new Date().toISOString() }];
      writeQueue(slug, next);
      setQueue(next);
      setNotice("queued");
    },
    [slug, scope],
  );

  const sync = useCallback(async () => {
    const items = readQueue(slug);
    setQueue(items);
    if (syncing.current || items.length === 0 || !navigator.onLine) return;
    syncing.current = true;
    try {
      const response = await fetch(`/api/admin/events/${slug}/check-ins?locale=${locale}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ items }),
      });
      if (!response.ok) return;
      const { results: answered } = (await response.json()) as { results: Answer[] };
      const done = new Set(answered.map((result) => result.id));
      // Codes queued while this request was on its way stay for the next round.
      const left = readQueue(slug).filter((item) => !done.has(item.id));
      writeQueue(slug, left);
      setQueue(left);
      setResults((previous) => [...answered, ...previous].slice(0, KEPT_RESULTS));
      setNotice(null);
      router.refresh();
    } catch {
      // Still offline: the items wait for the next round.
    } finally {
      syncing.current = false;
    }
  }, [slug, router, locale]);

  useEffect(() => {
    const update = () => {
      setOnline(navigator.onLine);
      if (navigator.onLine) void sync();
    };
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    const timer = window.setInterval(() => void sync(), SYNC_EVERY_MS);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
      window.clearInterval(timer);
    };
  }, [sync]);

  const [state, formAction] = useActionState(async (previous: StepState<null>, data: FormData) => {
    try {
      return await action(previous, data);
    } catch (error) {
      // The post itself failed: the network went while it was on its way.
      if (error instanceof TypeError || !navigator.onLine) {
        enqueue(String(data.get("code") ?? "").trim());
        return previous;
      }
      throw error;
    }
  }, initialStepState);

  return (
    <div className="stack">
      <form
        action={formAction}
        noValidate
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          const code = String(data.get("code") ?? "").trim();
          if (!navigator.onLine && code) {
            enqueue(code);
            const input = form.querySelector<HTMLInputElement>('input[name="code"]');
            if (input) {
              input.value = "";
              input.focus();
            }
            return;
          }
          startTransition(() => formAction(data));
        }}
      >
        <StepErrors state={state} />
        {children}
        <div>
          <SubmitButton>{submitLabel}</SubmitButton>
        </div>
      </form>
      <section
        aria-labelledby="offline-heading"
        className="stack stack--tight"
        hidden={online && queue.length === 0 && results.length === 0}
      >
        <h3 id="offline-heading" className="heading-m">
          {t("heading")}
        </h3>
        <div role="status" className="stack stack--tight">
          {!online && <p className="notice">{t("offline")}</p>}
          {notice === "queued" && <p>{t("queued")}</p>}
          {notice === "already-queued" && <p>{t("alreadyQueued")}</p>}
          <p>{t("waiting", { count: queue.length })}</p>
        </div>
        {queue.length > 0 && (
          <ul className="plain-list">
            {queue.map((item) => (
              <li key={item.id}>
                {t("waitingItem", {
                  code: item.code.slice(-6),
                  at: format.dateTime(new Date(item.at), { hour: "2-digit", minute: "2-digit" }),
                })}
              </li>
            ))}
          </ul>
        )}
        {results.length > 0 && (
          <ul className="plain-list">
            {results.map((result) => (
              <li key={result.id}>
                {result.outcome === "refused"
                  ? t("refused", { reason: result.message ?? "" })
                  : t(result.outcome === "already" ? "syncedAlready" : "synced", {
                      name: result.name,
                      at: format.dateTime(new Date(result.at), { hour: "2-digit", minute: "2-digit" }),
                    })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
