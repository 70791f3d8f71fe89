import "server-only";
import path from "node:path";

// DejaVu Sans covers Swedish and every other Latin name we may meet (Sámi Ŋ and Đ, Polish Ł),
// which the PDF standard fonts' WinAnsi encoding does not. pdfkit embeds only the glyphs used.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

export const FONTS = {
  regular: path.join(FONT_DIR, "DejaVuSans.ttf"),
  bold: path.join(FONT_DIR, "DejaVuSans-Bold.ttf"),
} as const;

/** Registers the fonts on a document as "regular" and "bold". */
export function registerFonts(document: PDFKit.PDFDocument) {
  document.registerFont("regular", FONTS.regular);
  document.registerFont("bold", FONTS.bold);
}
