/**
 * A whole briefing in a link, compressed: its JSON deflated (deflate-raw through the browser's own
 * CompressionStream, src/encoding/compress.ts: no library in the entry script) and written in base64url as
 * `brief=`. Compression is asynchronous and the URL codec is not, so a link's briefing is
 * unpacked before the codec reads it (`unpackBriefingLink` at start-up, `unpackBriefing` on Back/Forward) and
 * kept here by its packed text; packing keeps the pair too, so writing the URL back is a lookup.
 * Links of the older `views=` form (uncompressed) keep opening (src/url/codec.ts).
 */
import { packJson, unpackJson } from '../encoding/packedJson';
import { type BriefingStep, MAX_TITLE, validSteps } from './briefing';

export interface PackedBriefing {
  title: string;
  steps: BriefingStep[];
}

/** A link's `brief=` is at most this long (a 50-step briefing with long notes packs to ~12,000). */
export const MAX_PACKED_CHARS = 30_000;
/** Inflated, the JSON may be at most this long: a small link must not become a huge allocation. */
const MAX_INFLATED_BYTES = 400_000;

const byPacked = new Map<string, PackedBriefing>();
const packedOf = new WeakMap<readonly BriefingStep[], string>();

export async function packBriefing(briefing: PackedBriefing): Promise<string> {
  const packed = await packJson({ t: briefing.title, s: briefing.steps });
  byPacked.set(packed, briefing);
  packedOf.set(briefing.steps, packed);
  return packed;
}

export async function unpackBriefing(packed: string): Promise<PackedBriefing | null> {
  const known = byPacked.get(packed);
  if (known) return known;
  // Not deflate data, not UTF-8 or not JSON (null): the codec tells the planner the link's briefing is damaged.
  const value = await unpackJson(packed, { maxChars: MAX_PACKED_CHARS, maxBytes: MAX_INFLATED_BYTES });
  if (typeof value !== 'object' || value === null) return null;
  const { t, s } = value as { t?: unknown; s?: unknown };
  const steps = validSteps(s);
  if (!steps) return null;
  const briefing = { title: typeof t === 'string' ? t.slice(0, MAX_TITLE) : '', steps };
  byPacked.set(packed, briefing);
  packedOf.set(steps, packed);
  return briefing;
}

/** Unpacks the `brief=` of a query string (if any) so that the codec can read it. */
export async function unpackBriefingLink(search: string, param: string): Promise<void> {
  const packed = new URLSearchParams(search).get(param);
  if (packed) await unpackBriefing(packed);
}

/** The briefing of a packed text already unpacked (or packed) in this page; undefined otherwise. */
export function unpackedBriefing(packed: string): PackedBriefing | undefined {
  return byPacked.get(packed);
}

/** The packed text of these very steps, if they were packed or unpacked in this page. */
export function packedStepsOf(steps: readonly BriefingStep[]): string | undefined {
  return packedOf.get(steps);
}
