/**
 * Adds what a PNG can say about itself: its physical resolution (pHYs, so an A4 export prints at
 * A4), and its title and permalink as text chunks. Works on the bytes the browser encoded.
 */
import { withoutControlChars } from '../encoding/text';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export function physChunk(dpi: number): Uint8Array {
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  const perMetre = Math.round(dpi / 0.0254);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1; // unit: metre
  return chunk('pHYs', data);
}

/** An international text chunk: keyword, no compression, no language tag, UTF-8 text (without control characters). */
export function itxtChunk(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  const k = enc.encode(keyword);
  const t = enc.encode(withoutControlChars(text));
  const data = new Uint8Array(k.length + 5 + t.length);
  data.set(k, 0);
  data.set(t, k.length + 5);
  return chunk('iTXt', data);
}

const SIGNATURE_AND_IHDR = 8 + 25;

/** Inserts chunks right after IHDR (pHYs must come before the image data). */
export function withPngChunks(png: Uint8Array, chunks: Uint8Array[]): Uint8Array {
  const extra = chunks.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(png.length + extra);
  out.set(png.subarray(0, SIGNATURE_AND_IHDR), 0);
  let at = SIGNATURE_AND_IHDR;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(SIGNATURE_AND_IHDR), at);
  return out;
}
