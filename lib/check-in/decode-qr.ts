import {
  BinaryBitmap,
  HybridBinarizer,
  NotFoundException,
  QRCodeReader,
  RGBLuminanceSource,
} from "@zxing/library";

// Without TRY_HARDER: it is slower per frame and, in tests, lost codes in frames with a plain
// background; the camera gives five frames a second to try again.
const reader = new QRCodeReader();

/**
 * The text of a QR code in one RGBA frame (a canvas's ImageData), or null when there is none.
 * The camera scanner calls this for each frame; tests call it with rendered images.
 */
export function decodeQr(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  const luminance = new Uint8ClampedArray(width * height);
  for (let pixel = 0, offset = 0; pixel < luminance.length; pixel++, offset += 4) {
    // Green-weighted average, as zxing does for packed RGB.
    luminance[pixel] = (rgba[offset]! + 2 * rgba[offset + 1]! + rgba[offset + 2]!) >> 2;
  }
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height)));
    return reader.decode(bitmap).getText();
  } catch (error) {
    if (error instanceof NotFoundException || (error as Error).name?.endsWith("Exception")) return null;
    throw error;
  }
}
