import "server-only";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { checkInCodeFor, checkInUrl } from "./check-in-code";

const ERROR_CORRECTION = "M";
const MARGIN = 2;

/** The attendee's check-in QR code as SVG markup, for their private page. */
export function checkInQrSvg(attendeeId: string): Promise<string> {
  return QRCode.toString(checkInUrl(checkInCodeFor(attendeeId)), {
    type: "svg",
    errorCorrectionLevel: ERROR_CORRECTION,
    margin: MARGIN,
  });
}

/**
 * The same code as a PNG, for e-mail, where clients show attached images but not SVG: one grey
 * byte per pixel and a whole number of pixels per module, about 240 px wide. qrcode's own PNG
 * renderer paints four bytes per pixel, which pngjs then filters and compresses: two thirds of
 * the cost of a confirmation's code (docs/performance.md: outbox).
 */
export function checkInQrPng(attendeeId: string): Buffer {
  const { modules } = QRCode.create(checkInUrl(checkInCodeFor(attendeeId)), {
    errorCorrectionLevel: ERROR_CORRECTION,
  });
  const cells = modules.size + 2 * MARGIN;
  const scale = Math.max(1, Math.round(240 / cells));
  const side = cells * scale;
  const pixels = Buffer.alloc(side * side, 255);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      const left = (column + MARGIN) * scale;
      for (let line = (row + MARGIN) * scale; line < (row + MARGIN + 1) * scale; line++) {
        pixels.fill(0, line * side + left, line * side + left + scale);
      }
    }
  }
  // colorType/inputColorType 0: greyscale in, greyscale out. filterType 2 ("Up"): the rows of a
  // module repeat the row above, so they compress to almost nothing.
  return PNG.sync.write(Object.assign(new PNG({ width: side, height: side }), { data: pixels }), {
    colorType: 0,
    inputColorType: 0,
    filterType: 2,
    deflateLevel: 6,
  });
}
