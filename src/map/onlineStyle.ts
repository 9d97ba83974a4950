/**
 * An online basemap style (`?basemap=`) is input from anywhere: it is bounded, checked with the
 * style spec's own validator and cleared of ids the Atlas uses before maplibre sees it. A style
 * that fails says why; the map then stays on the offline basemap. Styles that used to hang the
 * map with only its sea colour: sources keyed `constructor`/`__proto__`, `layers` holding `null`,
 * thousands of layers.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { nestingDepth } from '../encoding/nesting';
import { type Lang, messagesFor } from '../i18n';

export const MAX_STYLE_BYTES = 2_000_000;
export const MAX_STYLE_LAYERS = 1000;
export const MAX_STYLE_SOURCES = 100;
/** Real styles nest expressions a dozen levels or so; deeper is refused before any recursive walk (the validator's, maplibre's clone) could overflow the stack. */
export const MAX_STYLE_NESTING = 64;

export type StyleProblem = 'http' | 'notStyle' | 'tooLarge' | 'invalid' | 'timeout' | 'tiles' | 'noKey' | 'notListed';

export class OnlineStyleError extends Error {
  constructor(
    readonly problem: StyleProblem,
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
  }
}

const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The outline of a version 8 style (sources, layers with ids): enough to count and check ids
 * before the style spec's own validator, which the caller runs next, checks everything else.
 */
function hasStyleShape(json: unknown): json is StyleSpecification {
  return isObject(json) && json.version === 8 && Array.isArray(json.layers) && isObject(json.sources);
}

/** Parses and checks a style's text; throws OnlineStyleError with the reason. */
export async function parseOnlineStyle(text: string): Promise<StyleSpecification> {
  if (text.length > MAX_STYLE_BYTES) throw new OnlineStyleError('tooLarge', `${text.length}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new OnlineStyleError('notStyle');
  }
  const depth = nestingDepth(json, MAX_STYLE_NESTING);
  if (depth > MAX_STYLE_NESTING) throw new OnlineStyleError('invalid', `nested more than ${MAX_STYLE_NESTING} levels`);
  if (!hasStyleShape(json)) throw new OnlineStyleError('notStyle');
  if (json.layers.length > MAX_STYLE_LAYERS) throw new OnlineStyleError('tooLarge', `${json.layers.length} layers`);
  const sourceIds = Object.keys(json.sources);
  if (sourceIds.length > MAX_STYLE_SOURCES) throw new OnlineStyleError('tooLarge', `${sourceIds.length} sources`);
  const badKey = [...sourceIds, ...json.layers.map((l) => (isObject(l) ? String(l.id) : ''))].find((id) => UNSAFE_KEYS.includes(id));
  if (badKey !== undefined) throw new OnlineStyleError('invalid', `id "${badKey}"`);
  if (json.layers.some((l) => !isObject(l) || typeof l.id !== 'string')) throw new OnlineStyleError('invalid', 'a layer without an id');
  // The validator is loaded only when someone asks for an online basemap.
  const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
  const errors = validateStyleMin(json);
  if (errors.length > 0) throw new OnlineStyleError('invalid', errors[0].message.slice(0, 160));
  return json;
}

/**
 * The base style's sources and layers whose ids the Atlas' own use are renamed (`basemap-…`), so
 * neither replaces the other. Returns the style and how many ids were renamed.
 */
export function withoutAtlasIds(base: StyleSpecification, atlasIds: ReadonlySet<string>): { style: StyleSpecification; renamed: number } {
  let renamed = 0;
  const rename = (id: string) => {
    if (!atlasIds.has(id)) return id;
    renamed++;
    let candidate = `basemap-${id}`;
    while (atlasIds.has(candidate)) candidate = `basemap-${candidate}`;
    return candidate;
  };
  const sourceIds = new Map(Object.keys(base.sources).map((id) => [id, rename(id)]));
  const sources = Object.fromEntries(Object.entries(base.sources).map(([id, spec]) => [sourceIds.get(id) ?? id, spec]));
  const layers = base.layers.map((layer) => {
    const id = rename(layer.id);
    const source = 'source' in layer && typeof layer.source === 'string' ? sourceIds.get(layer.source) ?? layer.source : undefined;
    return { ...layer, id, ...(source !== undefined ? { source } : {}) } as typeof layer;
  });
  return { style: { ...base, sources, layers }, renamed };
}

/** The reason in the reader's language; technical specifics (a status, the validator's words) kept as they are. */
export function basemapProblemText(problem: StyleProblem, detail: string, lang: Lang): string {
  return messagesFor(lang).basemapProblem[problem](detail);
}
