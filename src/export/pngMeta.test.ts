import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, itxtChunk, physChunk, withPngChunks } from './pngMeta';

describe('PNG metadata', () => {
  it('computes the PNG CRC (known answer for "IEND")', () => {
    expect(crc32(new TextEncoder().encode('IEND')).toString(16)).toBe('ae426082');
  });

  it('gives a PNG its print resolution and text, and it still decodes', () => {
    const png = new PNG({ width: 3, height: 2 });
    png.data.fill(128);
    const bytes = new Uint8Array(PNG.sync.write(png));
    const out = withPngChunks(bytes, [physChunk(300), itxtChunk('Title', '福田区 三带')]);
    const decoded = PNG.sync.read(Buffer.from(out));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    const text = Buffer.from(out).toString('latin1');
    const at = text.indexOf('pHYs');
    // 300 dpi = 11811 dots per metre.
    expect(Buffer.from(out).readUInt32BE(at + 4)).toBe(11811);
    expect(Buffer.from(out).includes(Buffer.from('福田区 三带', 'utf8'))).toBe(true);
  });

  it('writes no control character into a text chunk (a title with a terminal escape)', () => {
    const chunk = itxtChunk('Title', 'A\u001b]0;pwned\u0007B\u009bC');
    expect([...chunk].some((b) => b === 0x1b || b === 0x07)).toBe(false);
    expect(Buffer.from(chunk).includes(Buffer.from('A]0;pwnedBC'))).toBe(true);
  });
});
