import type { Formats } from "next-intl";

// 24-hour clock in both languages: the meeting runs on Swedish time, and "10:00 AM" would look
// foreign next to the Swedish programme. Messages use it as `{value, time, short}`.
export const formats = {
  dateTime: {
    short: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  },
} satisfies Formats;
