// Check-in codes as people carry them: read from the QR image in their confirmation mail, and
// shown to a browser's camera as a fake video stream.
import { writeFileSync } from "node:fs";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { decodeQr } from "../../lib/check-in/decode-qr";
import { waitForMail } from "./mail-catcher";

/** The check-in URL in the QR code of the attendee's confirmation mail, as a path on the test server. */
export async function checkInPathFromMail(email: string): Promise<string> {
  const mail = await waitForMail(email, /^(Bekräftelse|Confirmation)/);
  const image = mail.attachments.find((attachment) => attachment.contentType === "image/png");
  if (!image) throw new Error(`the confirmation to ${email} has no QR code`);
  const png = PNG.sync.read(image.content);
  const text = decodeQr(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!text) throw new Error("the QR code in the mail could not be read");
  return new URL(text).pathname;
}

/**
 * A Y4M video (what Chromium's fake camera plays) of a QR code holding `text`, centred on a light
 * background, so the page's scanner sees it as a phone camera would.
 */
export function writeQrVideo(text: string, file: string) {
  const width = 640;
  const height = 480;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const scale = Math.floor(360 / (modules.size + 8));
  const left = Math.floor((width - modules.size * scale) / 2);
  const top = Math.floor((height - modules.size * scale) / 2);
  const luma = Buffer.alloc(width * height, 230);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (!modules.get(row, column)) continue;
      for (let y = 0; y < scale; y++)
        luma.fill(
          20,
          (top + row * scale + y) * width + left + column * scale,
          (top + row * scale + y) * width + left + (column + 1) * scale,
        );
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, frame, frame, frame, frame, frame]));
}
