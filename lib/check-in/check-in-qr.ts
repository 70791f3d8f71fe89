import "server-only";
import { crc32, deflateSync } from "node:zlib";
import QRCode from "qrcode";
import { checkInCodeFor, checkInUrl } from "./check-in-code";

const ERROR_CORRECTION = "M";
const MARGIN = 2;
/** About how wide the e-mail's image is, in pixels. */
const PNG_WIDTH = 240;

/**
 * What the attendee's QR code holds: the check-in URL as one byte-mode segment. The URL is
 * mixed-case base64url, which no other mode holds, and naming the mode skips qrcode's search for
 * the cheapest mix of modes (a third of the code's cost, for the same version). The mask is still
 * chosen by the standard's penalty rules.
 */
const qrContent = (attendeeId: string) => [
  { data: Buffer.from(checkInUrl(checkInCodeFor(attendeeId))), mode: "byte" as const },
];

/** The attendee's check-in QR code as SVG markup, for their private page. */
export function checkInQrSvg(attendeeId: string): Promise<string> {
  return QRCode.toString(qrContent(attendeeId), {
    type: "svg",
    errorCorrectionLevel: ERROR_CORRECTION,
    margin: MARGIN,
  });
}

/** One PNG chunk: length, type, data, and the CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(type)));
  return Buffer.concat([head, data, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The same code as a PNG, for e-mail, where clients show attached images but not SVG: black and
 * white at one bit per pixel, a whole number of pixels per module, about 240 px wide. Written
 * here rather than by a PNG library, which takes a byte or four per pixel and filters each row
 * in JavaScript: the image is a few rows of bits repeated, and encoding it this way costs a
 * tenth as much (docs/performance.md: outbox). Tests read it back with pngjs and jsQR.
 */
export function checkInQrPng(attendeeId: string): Buffer {
  const { modules } = QRCode.create(qrContent(attendeeId), { errorCorrectionLevel: ERROR_CORRECTION });
  const cells = modules.size + 2 * MARGIN;
  const scale = Math.max(1, Math.round(PNG_WIDTH / cells));
  const side = cells * scale;
  // A row is a filter byte (0: none) and the pixels, eight to a byte, first pixel in the high
  // bit; a set bit is white. Each row of modules is drawn once and copied to the rows below it.
  const rowBytes = 1 + Math.ceil(side / 8);
  const image = Buffer.alloc(rowBytes * side, 0xff);
  for (let y = 0; y < side; y++) image[y * rowBytes] = 0;
  for (let row = 0; row < modules.size; row++) {
    const top = (row + MARGIN) * scale * rowBytes;
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      for (let x = (column + MARGIN) * scale; x < (column + MARGIN + 1) * scale; x++) {
        image[top + 1 + (x >> 3)]! &= ~(0x80 >> (x & 7));
      }
    }
    for (let repeat = 1; repeat < scale; repeat++)
      image.copyWithin(top + repeat * rowBytes, top, top + rowBytes);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  // Bit depth 1, colour type 0 (greyscale), then deflate, adaptive filtering, no interlace.
  header.set([1, 0, 0, 0, 0], 8);
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(image)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}
