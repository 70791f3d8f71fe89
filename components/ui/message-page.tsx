import type { ReactNode } from "react";

/** A page that only says something: a heading, a few paragraphs, perhaps a way on. */
export function MessagePage({
  title,
  children,
  wide = false,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={wide ? "container stack" : "container container--narrow stack"}>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
