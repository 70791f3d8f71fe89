"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";

/** A submit button that says it is working and refuses a second click while the form is sent. */
export function SubmitButton({
  children,
  name,
  value,
  variant = "primary",
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "warning";
}) {
  const { pending } = useFormStatus();
  const t = useTranslations("form");
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`button button--${variant}`}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending ? t("sending") : children}
    </button>
  );
}
