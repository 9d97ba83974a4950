/**
 * JSON in a link, compressed: deflate-raw through the browser's own CompressionStream, written in
 * base64url. A packed briefing (`brief=`) and packed markup (`mk=`) both travel this way. Reading
 * is bounded: a text over `maxChars`, or one that inflates past `maxBytes`, is refused.
 */
import { base64Url, fromBase64Url } from './base64';
import { compress, decompress } from './compress';

export async function packJson(value: unknown): Promise<string> {
  return base64Url(await compress(new TextEncoder().encode(JSON.stringify(value)), 'deflate-raw'));
}

/** The JSON value packed in `packed`; null when it is too long, not base64url, not deflate, not UTF-8 or not JSON. */
export async function unpackJson(packed: string, limits: { maxChars: number; maxBytes: number }): Promise<unknown> {
  if (packed.length > limits.maxChars) return null;
  const bytes = fromBase64Url(packed);
  if (!bytes) return null;
  try {
    const inflated = await decompress(bytes, 'deflate-raw', limits.maxBytes);
    return inflated ? (JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated)) as unknown) : null;
  } catch {
    return null;
  }
}
