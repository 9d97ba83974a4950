/**
 * Resolves the basemap choice to a style: the offline one, or a base (天地图's raster tiles, an
 * online style, a self-hosted PMTiles map) with the Atlas on top. Every builder here is a function
 * of the settings passed in (`StyleSettings`); only the style sync (./styleSync.ts) reads them
 * from the store.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { type Lang, messagesFor } from '../i18n';
import { importedLayerDef, importedSource } from '../layers/imported';
import { LAYERS, SOURCES } from '../layers/registry';
import { TOGGLES } from '../layers/toggles';
import type { AtlasState } from '../state/store';
import { MAX_STYLE_BYTES, OnlineStyleError, parseOnlineStyle, withoutAtlasIds } from './onlineStyle';
import { loadBasemapConfig } from '../data/loadBasemapConfig';
import { readAtMost } from '../encoding/compress';
import { isImagery, isTianditu, OSM_STYLE_URL, pmtilesIdOf } from '../layers/basemaps';
import { pmtilesStyle, tiandituStyle } from './baseStyles';
import { buildOfflineStyle, overlayOnStyle, type StyleInput } from './style';

/** What a map style is built from: the settings the store holds, passed in so every builder is pure. */
export type StyleSettings = Pick<AtlasState, 'lang' | 'visibility' | 'importedLayers' | 'tiandituToken'>;

/** The settings a style depends on, read from a store state (by the code that owns the map). */
export function styleSettings({ lang, visibility, importedLayers, tiandituToken }: StyleSettings): StyleSettings {
  return { lang, visibility, importedLayers, tiandituToken };
}

export function styleInput({ lang, visibility, importedLayers }: StyleSettings): StyleInput {
  const m = messagesFor(lang);
  const hiddenLayers = new Set(TOGGLES.filter((t) => visibility[t.id] === false).flatMap((t) => t.layers));
  // The planner's imported layers sit above the plan, below the markup.
  const layers = [...LAYERS.filter((l) => l.group !== 'markup'), ...importedLayers.map(importedLayerDef), ...LAYERS.filter((l) => l.group === 'markup')];
  const sources = [...SOURCES, ...importedLayers.map(importedSource)];
  return { lang, sources, layers, attributionText: (key) => m.attribution[key], hiddenLayers };
}

async function fetchStyle(url: string, timeoutMs: number): Promise<StyleSpecification> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch {
      throw new OnlineStyleError(controller.signal.aborted ? 'timeout' : 'http', 'network');
    }
    if (!response.ok) throw new OnlineStyleError('http', String(response.status));
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_STYLE_BYTES) throw new OnlineStyleError('tooLarge', String(declared));
    return await parseOnlineStyle(await boundedText(response, MAX_STYLE_BYTES));
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as text, read no further than `max` bytes: a server that sends no length (or lies
 * about it) cannot make the page hold a 50 MB style in memory before it is refused.
 */
async function boundedText(response: Response, max: number): Promise<string> {
  if (!response.body) return response.text();
  const bytes = await readAtMost(response.body, max);
  if (!bytes) throw new OnlineStyleError('tooLarge', `> ${max}`);
  return new TextDecoder().decode(bytes);
}

export interface OnlineStyle {
  style: StyleSpecification;
  /** Base-style ids renamed because the Atlas uses them. */
  renamed: number;
}

export type OnlineStyleFetcher = (url: string, settings: StyleSettings) => Promise<OnlineStyle>;

/**
 * Fetches online styles for one map, each URL once (the map owns the fetcher, so the cache lives
 * and dies with it): a language switch or an import only rebuilds the overlay.
 */
export function onlineStyleFetcher(timeoutMs = 8000): OnlineStyleFetcher {
  const fetched = new Map<string, Promise<StyleSpecification>>();
  return async (choice, settings) => {
    const { lang, tiandituToken } = settings;
    // 天地图's style holds the key, a PMTiles style the language of its names: either change makes a new style.
    const key = isTianditu(choice) ? `${choice}#${tiandituToken ?? ''}` : pmtilesIdOf(choice) ? `${choice}#${lang}` : choice;
    let base = fetched.get(key);
    if (!base) {
      // Cleaned once, when fetched: a language switch or an import only rebuilds the overlay.
      // The sanitiser (DOMPurify) loads with the first online style: the offline map needs none.
      base = Promise.all([baseStyleOf(choice, lang, tiandituToken, timeoutMs), import('./safeAttribution')]).then(([style, { withSafeAttributions }]) => withSafeAttributions(withoutGlyphs(style)));
      fetched.set(key, base);
      // A failure is not cached: the next attempt asks again.
      base.catch(() => fetched.delete(key));
    }
    const input = styleInput(settings);
    const atlasIds = new Set([...input.sources.map((s) => s.id), ...input.layers.flatMap((l) => l.style.map((x) => x.id)), 'sea']);
    const { style, renamed } = withoutAtlasIds(await base, atlasIds);
    return { style: overlayOnStyle(style, input, { casings: isImagery(choice) }), renamed };
  };
}

/**
 * The base style of a choice that is not the offline map. 天地图 and PMTiles styles are built
 * here; OSM and custom styles are fetched (bounded and validated).
 */
async function baseStyleOf(choice: string, lang: Lang, tiandituToken: string | null, timeoutMs: number): Promise<StyleSpecification> {
  if (isTianditu(choice)) {
    if (!tiandituToken) throw new OnlineStyleError('noKey');
    const config = await loadBasemapConfig();
    return tiandituStyle(choice, tiandituToken, config.tiandituReviewNumber);
  }
  const pmtilesId = pmtilesIdOf(choice);
  if (pmtilesId) {
    const entry = (await loadBasemapConfig()).pmtiles.find((p) => p.id === pmtilesId);
    if (!entry) throw new OnlineStyleError('notListed', pmtilesId);
    return pmtilesStyle(entry, lang);
  }
  return fetchStyle(choice === 'osm' ? OSM_STYLE_URL : choice, timeoutMs);
}

/**
 * Labels drawn with the browser's own fonts, as on the offline map: a base style's glyph server
 * would be asked for the Atlas' labels too, in a font stack it may not have (and CJK is drawn
 * locally either way).
 */
function withoutGlyphs(style: StyleSpecification): StyleSpecification {
  const { glyphs: _glyphs, ...rest } = style;
  return rest;
}

export function offlineStyle(settings: StyleSettings): StyleSpecification {
  return buildOfflineStyle(styleInput(settings));
}
