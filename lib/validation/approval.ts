import { z } from "zod";

// Approving a registration can give an organisation its vote: it is confirmed by a tick.
export const approvalInput = z.object({
  registrationId: z.uuid({ error: "invalid" }),
  confirm: z.literal(true, { error: "approvalConfirmRequired" }),
});
