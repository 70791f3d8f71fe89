import { notFound } from "next/navigation";

// Unknown paths under a locale get the localised not-found page rather than Next's default.
export default function CatchAll() {
  notFound();
}
