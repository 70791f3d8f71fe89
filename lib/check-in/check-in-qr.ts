import "server-only";
import QRCode, { type QRCodeToBufferOptions } from "qrcode";
import { checkInCodeFor, checkInUrl } from "./check-in-code";

/** The attendee's check-in QR code as SVG markup, for their private page. */
export function checkInQrSvg(attendeeId: string): Promise<string> {
  return QRCode.toString(checkInUrl(checkInCodeFor(attendeeId)), {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
  });
}

/** The same code as a PNG, for e-mail, where clients show attached images but not SVG. */
export function checkInQrPng(attendeeId: string): Promise<Buffer> {
  return QRCode.toBuffer(checkInUrl(checkInCodeFor(attendeeId)), {
    errorCorrectionLevel: "M",
    margin: 2,
    width: 240,
    // One PNG row filter ("Up") instead of trying all five per row: the encoder's search was a
    // third of the CPU of sending a confirmation; the file grows from ~2 to ~6 KB. qrcode hands
    // these options to pngjs, though its types name only the deflate ones.
    rendererOpts: { filterType: 2 } as QRCodeToBufferOptions["rendererOpts"],
  });
}
