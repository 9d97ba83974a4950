/** QR code modules for a permalink, generated offline (qrcode-generator, no network, no canvas). */
import qrcode from 'qrcode-generator';

/** Rows of modules, true = dark, without the quiet zone (the layout draws that as white space). */
export function qrModules(text: string): boolean[][] {
  // Medium error correction survives a printed slide's scuffs and still fits a long link.
  const qr = qrcode(0, 'M');
  // Byte mode over the URL's ASCII form: callers pass an encoded URL, so nothing is lost.
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)));
}

/** QR needs four modules of white around it to be read. */
export const QR_QUIET_MODULES = 4;
