import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_MODULES, qrModules } from './qr';

/** Paints modules into RGBA pixels with a quiet zone, as the exports do, for an independent decoder. */
function rasterise(modules: boolean[][], modulePx: number): { data: Uint8ClampedArray; size: number } {
  const size = (modules.length + 2 * QR_QUIET_MODULES) * modulePx;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [r, row] of modules.entries()) {
    for (const [c, dark] of row.entries()) {
      if (!dark) continue;
      for (let y = 0; y < modulePx; y++)
        for (let x = 0; x < modulePx; x++) {
          const i = (((r + QR_QUIET_MODULES) * modulePx + y) * size + (c + QR_QUIET_MODULES) * modulePx + x) * 4;
          data.fill(0, i, i + 3);
        }
    }
  }
  return { data, size };
}

describe('qrModules', () => {
  it('encodes a permalink that an independent decoder (jsQR) reads back exactly', () => {
    const url = 'https://example.org/atlas/?v=1&lang=en&zone=bagualing&view=114.08900,22.56100,13.20,0.0,0.0';
    const modules = qrModules(url);
    expect(modules.length).toBeGreaterThanOrEqual(21);
    const { data, size } = rasterise(modules, 3);
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('grows with the text (version 1 is 21 modules)', () => {
    expect(qrModules('a').length).toBe(21);
    expect(qrModules('x'.repeat(300)).length).toBeGreaterThan(50);
  });
});
