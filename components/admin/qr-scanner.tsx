"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/ui/use-hydrated";
import { decodeQr } from "@/lib/check-in/decode-qr";

type ScanState = "idle" | "scanning" | "found" | "denied" | "unsupported";

// Remembered for the page reload after each check-in, so the camera comes back on by itself (the
// permission is already given) and the next person can be scanned at once.
const RESUME_KEY = "check-in-scanner-on";
const LAST_KEY = "check-in-scanner-last";
const SAME_CODE_PAUSE_MS = 4000;

/**
 * Scans QR codes with the phone's camera and submits each one through the surrounding form's
 * `code` field. The camera is asked for only when staff start scanning.
 */
export function QrScanner() {
  const t = useTranslations("admin");
  const [state, setState] = useState<ScanState>("idle");
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const resume = useRef<number | undefined>(undefined);
  const startRef = useRef<(() => Promise<void>) | null>(null);
  const hydrated = useHydrated();

  const stop = useCallback((remember: boolean) => {
    window.clearInterval(timer.current);
    window.clearTimeout(resume.current);
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    if (!remember) sessionStorage.removeItem(RESUME_KEY);
  }, []);

  const submit = useCallback((text: string) => {
    const input = video.current?.closest("form")?.querySelector<HTMLInputElement>('input[name="code"]');
    if (!input) return;
    input.value = text;
    input.form!.requestSubmit();
  }, []);

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState("unsupported");
      return;
    }
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: "environment" } },
        audio: false,
      });
    } catch {
      setState("denied");
      sessionStorage.removeItem(RESUME_KEY);
      return;
    }
    sessionStorage.setItem(RESUME_KEY, "1");
    const element = video.current!;
    element.srcObject = stream.current;
    await element.play().catch(() => undefined);
    setState("scanning");
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true })!;
    timer.current = window.setInterval(() => {
      if (element.readyState < 2 || element.videoWidth === 0) return;
      // Smaller frames decode faster and a badge's code is large enough at 640 px.
      const scale = Math.min(1, 640 / element.videoWidth);
      canvas.width = Math.round(element.videoWidth * scale);
      canvas.height = Math.round(element.videoHeight * scale);
      context.drawImage(element, 0, 0, canvas.width, canvas.height);
      const text = decodeQr(
        context.getImageData(0, 0, canvas.width, canvas.height).data,
        canvas.width,
        canvas.height,
      );
      if (!text) return;
      const [last, at] = (sessionStorage.getItem(LAST_KEY) ?? "|0").split("|");
      if (text === last && Date.now() - Number(at) < SAME_CODE_PAUSE_MS) return;
      sessionStorage.setItem(LAST_KEY, `${text}|${Date.now()}`);
      stop(true);
      setState("found");
      submit(text);
      // The page stays mounted after the check-in (or shows an error): scan the next one shortly.
      resume.current = window.setTimeout(() => void startRef.current?.(), 2000);
    }, 200);
  }, [stop, submit]);

  useEffect(() => {
    startRef.current = start;
  }, [start]);

  useEffect(() => {
    const resumeOnLoad = sessionStorage.getItem(RESUME_KEY)
      ? window.setTimeout(() => void start(), 0)
      : undefined;
    return () => {
      window.clearTimeout(resumeOnLoad);
      stop(true);
    };
  }, [start, stop]);

  const on = state === "scanning";
  // Without JavaScript there is no camera: the code field and the name search remain.
  if (!hydrated) return null;
  return (
    <div className="scanner stack stack--tight">
      <p className="field__hint">{t("scanHint")}</p>
      <video
        ref={video}
        className="scanner__video"
        hidden={!on}
        muted
        playsInline
        aria-label={t("scanVideo")}
      />
      <p role="status" className="scanner__status">
        {state === "scanning" && t("scanning")}
        {state === "found" && t("scanFound")}
        {state === "denied" && t("scanDenied")}
        {state === "unsupported" && t("scanUnsupported")}
      </p>
      <div>
        {on ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              stop(false);
              setState("idle");
            }}
          >
            {t("scanStop")}
          </button>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => void start()}>
            {t("scanStart")}
          </button>
        )}
      </div>
    </div>
  );
}
