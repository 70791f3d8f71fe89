"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/fields";
import { useRouter } from "next/navigation";

/** Asks NextAuth to send a sign-in link; the next page says the same whether or not one was sent. */
export function SignInForm({ callbackUrl, checkEmailUrl }: { callbackUrl: string; checkEmailUrl: string }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [limited, setLimited] = useState(false);
  return (
    <form
      className="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        setSending(true);
        const email = String(new FormData(event.currentTarget).get("email") ?? "");
        const result = await signIn("email", { email, callbackUrl, redirect: false }).catch(() => null);
        // Limits apply to every address alike, so saying so tells nobody who is staff.
        if (result?.status === 429) {
          setLimited(true);
          setSending(false);
          return;
        }
        // Otherwise, whatever the answer, the same page: it must not tell who is staff.
        router.push(checkEmailUrl);
      }}
    >
      {limited && (
        <div className="error-summary" role="alert">
          <p>{t("signInRateLimited", { minutes: 15 })}</p>
        </div>
      )}
      <TextField name="email" label={t("email")} type="email" inputMode="email" autoComplete="email" />
      <button
        type="submit"
        className="button button--primary"
        aria-disabled={sending || undefined}
        disabled={sending}
      >
        {t("sendLink")}
      </button>
    </form>
  );
}
