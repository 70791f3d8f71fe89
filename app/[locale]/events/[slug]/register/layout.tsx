import type { ReactNode } from "react";
import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { FocusFromHash } from "@/components/ui/focus-from-hash";
import { FORM_CLIENT_NAMESPACES } from "@/lib/i18n/messages";

// The registration form's client components need the form namespaces; the event page does not.
export default function RegisterLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessagesProvider namespaces={FORM_CLIENT_NAMESPACES}>
      <FocusFromHash />
      {children}
    </ClientMessagesProvider>
  );
}
