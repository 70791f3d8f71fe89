import { z } from "zod";
import { optionalText, requiredText } from "./fields";

// A message from staff to a group of attendees; the English text is optional and falls back to Swedish.
export const groupMessageInput = z.object({
  activityId: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  organisationId: z
    .uuid()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  subjectSv: requiredText(150),
  bodySv: requiredText(5000),
  subjectEn: optionalText(150),
  bodyEn: optionalText(5000),
});

export type GroupMessageInput = z.infer<typeof groupMessageInput>;
