import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** Loads an admin page's data; someone without the role learns only that the page is not there. */
export async function loadOrNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error) && (error.code === "forbidden" || error.code === "not_found")) notFound();
    throw error;
  }
}
