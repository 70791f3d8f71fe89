"use client";

import { usePathname } from "next/navigation";

type Item = { href: string; label: string; exact?: boolean };

/**
 * The staff navigation of one meeting, marking the page shown (aria-current) so sighted and
 * screen-reader users alike know where they are; a section's pages count as the section.
 */
export function AdminNav({ label, items }: { label: string; items: Item[] }) {
  const pathname = usePathname();
  const current = (item: Item) =>
    item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
  return (
    <nav aria-label={label} className="admin-nav">
      <ul className="container">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} aria-current={current(item) ? "page" : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
