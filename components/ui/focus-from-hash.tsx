"use client";

import { useEffect } from "react";

/**
 * A page opened at a field (a summary link from another step, "…/choices#votingDelegateKey")
 * puts focus on that field, as a link on the same page does.
 */
export function FocusFromHash() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    const control = target.matches("input, select, textarea, button")
      ? target
      : target.querySelector<HTMLElement>("input:not([disabled]), select, textarea, button");
    (control ?? target).focus();
  }, []);
  return null;
}
