import { slugParam } from "@/lib/actions/action-input";
import { AppError } from "@/lib/errors";
import { getHostLogo } from "@/lib/events/get-host-logo";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

/** GET /api/v1/events/{slug}/logo: the host's logo as uploaded, with its checked image type. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    if (!slugParam.safeParse(slug).success) throw new AppError("not_found", "no such event");
    const logo = await getHostLogo(slug);
    if (!logo) throw new AppError("not_found", "no logo");
    return new Response(new Uint8Array(logo.data), {
      headers: {
        "content-type": logo.contentType,
        "content-length": String(logo.data.length),
        // The page asks for it with its version in the address, so a new upload is a new address.
        "cache-control": logo.published ? "public, max-age=86400" : "private, no-store",
        "content-security-policy": "default-src 'none'; sandbox",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, "sv");
  }
}
