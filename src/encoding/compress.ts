/**
 * Compression through the browser's own streams (CompressionStream / DecompressionStream): the
 * PDF writer's Flate streams and a briefing link's deflate-raw, one implementation. Inflating
 * stops at a limit, so a small input cannot become a huge allocation; so does reading an online
 * style (readAtMost).
 */

type Format = 'deflate' | 'deflate-raw';

function streamThrough(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  return readAtMost(new Blob([bytes as BlobPart]).stream().pipeThrough(stream), limit);
}

/**
 * A stream's bytes, read no further than `limit`: null (and the stream cancelled) as soon as it
 * would exceed it. Whatever the other end declares, nothing larger is held in memory.
 */
export async function readAtMost(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
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
