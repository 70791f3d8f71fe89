import "server-only";
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { drawQr } from "@/lib/pdf/draw-qr";
import { registerFonts } from "@/lib/pdf/fonts";

export type Badge = { name: string; title: string; organisation: string; qrText: string };

const MM = 72 / 25.4;
// 90 × 54 mm fits the common badge holders; ten of them fill an A4 sheet in two columns.
const BADGE = { width: 90 * MM, height: 54 * MM };
const SHEET = { columns: 2, rows: 5 };
const PAD = 4 * MM;
const QR_SIZE = 26 * MM;

/**
 * The font size for a name: the largest down to 12 pt that keeps it on one line, else the largest
 * that fits it on two.
 */
function fitSize(document: PDFKit.PDFDocument, text: string, width: number, max: number, min: number) {
  for (let size = max; size >= 12; size -= 1) {
    if (document.fontSize(size).widthOfString(text) <= width) return size;
  }
  for (let size = max; size > min; size -= 1) {
    document.fontSize(size);
    if (document.heightOfString(text, { width }) <= size * 1.25 * 2) return size;
  }
  return min;
}

function drawBadge(document: PDFKit.PDFDocument, badge: Badge, eventLine: string, x: number, y: number) {
  document
    .save()
    .lineWidth(0.5)
    .strokeColor("#b0b0b0")
    .rect(x, y, BADGE.width, BADGE.height)
    .stroke()
    .restore();
  const textWidth = BADGE.width - 3 * PAD - QR_SIZE;
  document.font("regular").fontSize(7).fillColor("#555555");
  document.text(eventLine, x + PAD, y + PAD, {
    width: BADGE.width - 2 * PAD,
    lineBreak: false,
    ellipsis: true,
  });
  const nameSize = fitSize(document.font("bold"), badge.name, textWidth, 18, 10);
  let cursor = y + PAD + 12;
  document.font("bold").fontSize(nameSize).fillColor("#000000");
  document.text(badge.name, x + PAD, cursor, { width: textWidth, height: nameSize * 2.6 });
  cursor = document.y + 3;
  document.font("regular").fontSize(9).fillColor("#222222");
  if (badge.title) {
    document.text(badge.title, x + PAD, cursor, { width: textWidth, height: 24, ellipsis: true });
    cursor = document.y + 2;
  }
  document.font("bold").fontSize(10).fillColor("#000000");
  document.text(badge.organisation, x + PAD, cursor, { width: textWidth, height: 26, ellipsis: true });
  drawQr(document, badge.qrText, x + BADGE.width - PAD - QR_SIZE, y + BADGE.height - PAD - QR_SIZE, QR_SIZE);
}

/**
 * Name badges as a PDF: A4 sheets of ten with cut lines, or (`single`) one badge on a page of its
 * own size for a label printer at the entrance.
 */
export function writeBadgesPdf(input: { badges: Badge[]; eventLine: string; single: boolean }): Readable {
  const document = new PDFDocument({
    size: input.single ? [BADGE.width, BADGE.height] : "A4",
    margin: 0,
    autoFirstPage: false,
    info: { Title: input.eventLine },
  });
  registerFonts(document);
  queueMicrotask(() => {
    const perPage = input.single ? 1 : SHEET.columns * SHEET.rows;
    input.badges.forEach((badge, index) => {
      if (index % perPage === 0) document.addPage();
      if (input.single) return drawBadge(document, badge, input.eventLine, 0, 0);
      const slot = index % perPage;
      const left = (document.page.width - SHEET.columns * BADGE.width) / 2;
      const top = (document.page.height - SHEET.rows * BADGE.height) / 2;
      drawBadge(
        document,
        badge,
        input.eventLine,
        left + (slot % SHEET.columns) * BADGE.width,
        top + Math.floor(slot / SHEET.columns) * BADGE.height,
      );
    });
    if (input.badges.length === 0) document.addPage();
    document.end();
  });
  return document as unknown as Readable;
}
