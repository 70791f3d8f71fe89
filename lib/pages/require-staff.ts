import "server-only";
import { redirect } from "next/navigation";
import { getStaff, type Staff } from "@/lib/auth/staff-session";
import { getPathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

/** The signed-in staff member, or a redirect to the sign-in page for pages of the admin area. */
export async function requireStaffPage(locale: AppLocale): Promise<Staff> {
  const staff = await getStaff();
  if (!staff) redirect(getPathname({ href: "/admin/sign-in", locale }));
  return staff;
}
