import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { certificateQrPng, certificateQrSvg } from '../src/http/certificate-qr.ts';

// jsqr is a CommonJS bundle; its declarations only describe the default export.
const jsQR = jsqr.default;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A verification URL of exactly `length` characters whose token looks like a compact JWS. */
const verificationUrl = (length: number): string => {
  const prefix = 'https://verify.tianfu.example/v1/verify?token=eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.';
  const body = Buffer.from(Array.from({ length }, (_, i) => (i * 37 + 11) % 256)).toString('base64url');
  return (prefix + body).slice(0, length);
};

const decodePng = (png: Buffer): { width: number; text: string | undefined } => {
  const image = PNG.sync.read(png);
  return { width: image.width, text: jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data };
};

/** Paints the SVG's filled runs (`M x y h w v1 h-w z`), `scale` pixels a module, and decodes them. */
const decodeSvg = (svg: string, scale = 3): string | undefined => {
  const side = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]) * scale;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, width] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      const start = ((Number(y) * scale + dy) * side + Number(x) * scale) * 4;
      for (let i = start; i < start + Number(width) * scale * 4; i += 4) rgba.fill(0, i, i + 3);
    }
  }
  return jsQR(rgba, side, side)?.data;
};

describe('certificate QR code', () => {
  it('renders an SVG document drawn with fills, not strokes that print as hairlines', async () => {
    const svg = await certificateQrSvg(verificationUrl(200));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+">/);
    expect(svg).toMatch(/<\/svg>$/);
    expect(svg).not.toMatch(/stroke|crispEdges/);
  });

  it.each([40, 1500, 2400])('encodes a %i-character URL in an SVG that decodes back to it', async (length) => {
    const url = verificationUrl(length);
    expect(decodeSvg(await certificateQrSvg(url))).toBe(url);
  });

  it.each([40, 1500, 2400])('encodes a %i-character URL in a PNG about 300 px wide', async (length) => {
    const url = verificationUrl(length);
    const png = await certificateQrPng(url);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const decoded = decodePng(png);
    expect(decoded.text).toBe(url);
    expect(decoded.width).toBeGreaterThanOrEqual(300);
    expect(decoded.width).toBeLessThan(400);
  });

  it('names the length of a URL too long for any QR code', async () => {
    await expect(certificateQrSvg(verificationUrl(3000))).rejects.toThrow(/3000 characters/);
    await expect(certificateQrPng(verificationUrl(3000))).rejects.toThrow(/3000 characters/);
  });
});
