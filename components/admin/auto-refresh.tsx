"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Re-renders the page's server data every `seconds`, so staff see live numbers without reloading. */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    // Offline, a refresh would fail; the page keeps what it shows until the network is back.
    const timer = setInterval(() => {
      if (navigator.onLine) router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
