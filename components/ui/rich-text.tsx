import type { ReactNode } from "react";

// An address in staff text becomes a link; only https, and without trailing punctuation.
const ADDRESS = /https:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;

/** A line of text with its web addresses as links (React escapes the rest, as any text). */
function withLinks(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={match[0]} rel="noopener noreferrer">
        {match[0].replace(/^https:\/\/(www\.)?/, "")}
      </a>,
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

// Event texts are plain text edited by staff: blank lines separate paragraphs, lines starting
// with "- " form a list and https addresses become links. Rendering them as text (never as HTML)
// keeps staff input from injecting markup.
export function RichText({ text }: { text: string }) {
  const blocks = text.split(/\n\s*\n/).filter((block) => block.trim() !== "");
  return (
    <div className="rich-text">
      {blocks.map((block, index) => {
        const lines = block.split("\n").map((line) => line.trim());
        if (lines.every((line) => line.startsWith("- "))) {
          return (
            <ul key={index}>
              {lines.map((line, item) => (
                <li key={item}>{withLinks(line.slice(2))}</li>
              ))}
            </ul>
          );
        }
        return <p key={index}>{withLinks(lines.join(" "))}</p>;
      })}
    </div>
  );
}
