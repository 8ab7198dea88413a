/**
 * Just enough PNG reading for the asset tests: the size from the header, and the pixels of an
 * 8-bit, non-interlaced RGBA image (what the browser writes for a screenshot with a transparent
 * background), to check an icon's transparent padding.
 */
import { inflateSync } from 'node:zlib';

const SIGNATURE = '89504e470d0a1a0a';

export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(0, 8).toString('hex') !== SIGNATURE || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Alpha of every pixel, row by row. */
export function pngAlpha(png: Buffer): { width: number; height: number; alpha: (x: number, y: number) => number } {
  const { width, height } = pngSize(png);
  const [bitDepth, colorType, , , interlace] = png.subarray(24, 29);
  if (bitDepth !== 8 || colorType !== 6 || interlace !== 0)
    throw new Error(`only 8-bit RGBA, non-interlaced (depth ${bitDepth}, type ${colorType})`);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const bpp = 4;
  const stride = width * bpp;
  const out = Buffer.alloc(height * stride);
  // Undo the per-row filters (PNG spec §9).
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? out[y * stride + i - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= bpp && y > 0 ? out[(y - 1) * stride + i - bpp]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`bad PNG filter ${filter}`);
      out[y * stride + i] = (row[i]! + predictor) & 0xff;
    }
  }
  return { width, height, alpha: (x, y) => out[y * stride + x * bpp + 3]! };
}
