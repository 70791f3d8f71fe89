// The camera scanner's decode step, fed with QR codes rendered to pixels as a camera frame would hold them.
import { randomUUID } from "node:crypto";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { checkInCodeFor, checkInUrl } from "@/lib/check-in/check-in-code";
import { checkInQrPng } from "@/lib/check-in/check-in-qr";
import { decodeQr } from "@/lib/check-in/decode-qr";
import { checkInCodeFromText } from "@/lib/check-in/scanned-code";

/** An RGBA frame with the QR code drawn `scale` pixels per module on a light, slightly noisy background. */
function frame(
  text: string,
  scale: number,
  options: { offset?: number; noise?: number; size?: number } = {},
) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = options.size ?? (modules.size + 8) * scale;
  const offset = options.offset ?? 4 * scale;
  const pixels = new Uint8ClampedArray(size * size * 4);
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const row = Math.floor((y - offset) / scale);
      const column = Math.floor((x - offset) / scale);
      const inside = row >= 0 && column >= 0 && row < modules.size && column < modules.size;
      const dark = inside && modules.get(row, column);
      const base = dark ? 30 : 225;
      const value = base + (random() - 0.5) * (options.noise ?? 0);
      const index = (y * size + x) * 4;
      pixels[index] = value;
      pixels[index + 1] = value;
      pixels[index + 2] = value + 10;
      pixels[index + 3] = 255;
    }
  }
  return { pixels, size };
}

const url = "https://moten.example.se/admin/check-in/AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

describe("decoding a QR code from a camera frame", () => {
  it("reads the check-in URL from a clean frame", () => {
    const { pixels, size } = frame(url, 4);
    const text = decodeQr(pixels, size, size);
    expect(text).toBe(url);
    expect(checkInCodeFromText(text!)).toBe("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
  });

  it("reads it off-centre in a larger, noisy frame", () => {
    const { pixels, size } = frame(url, 5, { offset: 60, noise: 60, size: 400 });
    expect(decodeQr(pixels, size, size)).toBe(url);
  });

  it("returns null when the frame holds no code", () => {
    const size = 200;
    const pixels = new Uint8ClampedArray(size * size * 4).fill(200);
    expect(decodeQr(pixels, size, size)).toBeNull();
  });

  it("reads every one of 100 random check-in codes from the e-mail's PNG", () => {
    const missed: string[] = [];
    for (let index = 0; index < 100; index++) {
      const attendeeId = randomUUID();
      const png = PNG.sync.read(checkInQrPng(attendeeId));
      const expected = checkInUrl(checkInCodeFor(attendeeId));
      if (decodeQr(new Uint8ClampedArray(png.data), png.width, png.height) !== expected)
        missed.push(expected);
    }
    expect(missed).toEqual([]);
  });

  it("makes the e-mail's PNG about 240 px square, a whole number of pixels per module", () => {
    const png = PNG.sync.read(checkInQrPng(randomUUID()));
    expect(png.width).toBe(png.height);
    expect(png.width).toBeGreaterThanOrEqual(200);
    expect(png.width).toBeLessThanOrEqual(280);
  });
});
