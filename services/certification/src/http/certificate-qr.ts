import qrcode, { type BitMatrix, type QRCodeErrorCorrectionLevel, type QRCodeSegment } from 'qrcode';

// Byte-mode capacity of the largest symbol (version 40), ISO/IEC 18004 table 7. M is preferred;
// L makes room for longer URLs at the cost of damage tolerance. A certificate's QR code holds a
// short reference (certificate-references.ts), so neither limit depends on what it states.
const capacityByLevel: ReadonlyArray<readonly [QRCodeErrorCorrectionLevel, number]> = [
  ['M', 2331],
  ['L', 2953],
];
const quietZoneModules = 4;
const pngMinWidthPx = 300;

// One byte segment for the whole URL keeps the capacity check exact.
const encode = (url: string) => {
  const bytes = Buffer.from(url, 'utf8');
  const fit = capacityByLevel.find(([, capacity]) => bytes.length <= capacity);
  if (fit === undefined) {
    throw new Error(`certificate URL of ${url.length} characters (${bytes.length} bytes) does not fit in a QR code`);
  }
  const segments: QRCodeSegment[] = [{ data: bytes, mode: 'byte' }];
  const errorCorrectionLevel = fit[0];
  return { segments, errorCorrectionLevel, symbol: qrcode.create(segments, { errorCorrectionLevel }) };
};

// Filled runs of dark modules instead of qrcode's own SVG, whose crispEdges strokes Chromium prints
// as zero-width hairlines.
const svgOf = ({ size, data }: BitMatrix): string => {
  const side = size + 2 * quietZoneModules;
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!data[row * size + col]) continue;
      const start = col;
      while (col + 1 < size && data[row * size + col + 1]) col++;
      const width = col - start + 1;
      runs.push(`M${start + quietZoneModules} ${row + quietZoneModules}h${width}v1h-${width}z`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}"><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>`;
};

export async function certificateQrSvg(url: string): Promise<string> {
  return svgOf(encode(url).symbol.modules);
}

// A whole number of pixels per module keeps modules square, so dense symbols still scan.
export async function certificateQrPng(url: string): Promise<Buffer> {
  const { segments, errorCorrectionLevel, symbol } = encode(url);
  const scale = Math.ceil(pngMinWidthPx / (symbol.modules.size + 2 * quietZoneModules));
  return qrcode.toBuffer(segments, {
    type: 'png',
    errorCorrectionLevel,
    version: symbol.version,
    margin: quietZoneModules,
    scale,
  });
}
