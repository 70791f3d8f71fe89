import jsQR from "jsqr";

// jsQR rather than @zxing/library: decoding 200 clean, randomly generated check-in codes, zxing's
// JavaScript port missed 7–14 % of them (finder patterns not found), jsQR none. jsQR has no
// releases since 2021, but it is small, pure JavaScript and does this one job well.

/**
 * The text of a QR code in one RGBA frame (a canvas's ImageData), or null when there is none.
 * The camera scanner calls this for each frame; tests call it with rendered images.
 */
export function decodeQr(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  // Codes are dark on light (badges, e-mail, a phone screen), so the inverted pass is wasted work.
  const result = jsQR(rgba, width, height, { inversionAttempts: "dontInvert" });
  return result?.data || null;
}
