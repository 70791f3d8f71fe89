import "server-only";
import QRCode from "qrcode";

/** Draws a QR code as vector squares, `size` points wide including a two-module quiet zone. */
export function drawQr(document: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const cell = size / (modules.size + 4);
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) document.rect(x + (column + 2) * cell, y + (row + 2) * cell, cell, cell);
    }
  }
  document.fillColor("#000000").fill();
}
