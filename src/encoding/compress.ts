/**
 * Compression through the browser's own streams (CompressionStream / DecompressionStream): the
 * PDF writer's Flate streams and a briefing link's deflate-raw, one implementation. Inflating
 * stops at a limit, so a small input cannot become a huge allocation.
 */

type Format = 'deflate' | 'deflate-raw';

async function streamThrough(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export async function compress(bytes: Uint8Array, format: Format): Promise<Uint8Array> {
  return (await streamThrough(bytes, new CompressionStream(format), Number.POSITIVE_INFINITY)) ?? new Uint8Array();
}

/** The inflated bytes, or null when they would exceed `limit` (the stream's own errors are thrown). */
export function decompress(bytes: Uint8Array, format: Format, limit: number): Promise<Uint8Array | null> {
  return streamThrough(bytes, new DecompressionStream(format), limit);
}
