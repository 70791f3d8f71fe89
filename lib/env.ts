import "server-only";
import { parseEnv } from "./env-schema";

/** The validated environment, read once when the server starts. */
export const env = parseEnv(process.env);
