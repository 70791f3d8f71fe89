import type { ReactNode } from "react";
import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { FORM_CLIENT_NAMESPACES } from "@/lib/i18n/messages";

// The one-time link's form (its button and error summary) needs the form namespaces.
export default function OneTimeLinkLayout({ children }: { children: ReactNode }) {
  return <ClientMessagesProvider namespaces={FORM_CLIENT_NAMESPACES}>{children}</ClientMessagesProvider>;
}
