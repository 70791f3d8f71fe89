import { getRequestConfig } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing, TIME_ZONE } from "./routing";
import { messagesFor } from "./messages";
import { formats } from "./formats";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: messagesFor(locale), timeZone: TIME_ZONE, formats };
});
