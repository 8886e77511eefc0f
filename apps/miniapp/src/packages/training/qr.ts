import qrcode from 'qrcode-generator';

/**
 * The check-in token as a QR image: a GIF data URL drawn in JS (no canvas), which an Image shows
 * the same on WeChat and in a browser. Error correction M; the version grows with the text.
 */
export function qrDataUrl(text: string, cellSize = 8, margin = 2): string {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return qr.createDataURL(cellSize, margin * cellSize);
}

/** Modules per side of the QR code for `text` (for tests and sizing). */
export function qrModules(text: string): number {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return qr.getModuleCount();
}
