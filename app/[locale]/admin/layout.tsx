import type { ReactNode } from "react";
import { ClientMessagesProvider } from "@/components/layout/client-messages-provider";
import { ADMIN_CLIENT_NAMESPACES } from "@/lib/i18n/messages";

// The admin area's client components also translate the `admin` namespace; public pages never
// download it.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <ClientMessagesProvider namespaces={ADMIN_CLIENT_NAMESPACES}>{children}</ClientMessagesProvider>;
}
