/** Resolves the style to start with: the offline one, or an online style with the Atlas on top. */
import type { StyleSpecification } from 'maplibre-gl';
import { type Lang, messagesFor } from '../i18n';
import { importedLayerDef, importedSource } from '../layers/imported';
import { LAYERS, SOURCES } from '../layers/registry';
import { TOGGLES } from '../layers/toggles';
import { useAtlasStore } from '../state/store';
import { buildOfflineStyle, overlayOnStyle, type StyleInput } from './style';

export function styleInput(lang: Lang): StyleInput {
  const m = messagesFor(lang);
  const { visibility } = useAtlasStore.getState();
  const hiddenLayers = new Set(TOGGLES.filter((t) => visibility[t.id] === false).flatMap((t) => t.layers));
  // The planner's imported layers sit above the plan, below the measurement.
  const { importedLayers } = useAtlasStore.getState();
  const layers = [...LAYERS.filter((l) => l.group !== 'measure'), ...importedLayers.map(importedLayerDef), ...LAYERS.filter((l) => l.group === 'measure')];
  const sources = [...SOURCES, ...importedLayers.map(importedSource)];
  return { lang, sources, layers, attributionText: (key) => m.attribution[key], hiddenLayers };
}

function looksLikeStyle(value: unknown): value is StyleSpecification {
  const v = value as Partial<StyleSpecification> | null;
  return typeof v === 'object' && v !== null && v.version === 8 && Array.isArray(v.layers) && typeof v.sources === 'object';
}

async function fetchStyle(url: string, timeoutMs: number): Promise<StyleSpecification> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const json: unknown = await response.json();
    if (!looksLikeStyle(json)) throw new Error('not a maplibre style (version 8 with layers and sources)');
    return json;
  } finally {
    clearTimeout(timer);
  }
}

/** The online style is fetched once per URL; a language switch or an import only rebuilds the overlay. */
const fetched = new Map<string, Promise<StyleSpecification>>();

export async function fetchOnlineStyle(url: string, lang: Lang, timeoutMs = 8000): Promise<StyleSpecification> {
  let base = fetched.get(url);
  if (!base) {
    base = fetchStyle(url, timeoutMs);
    fetched.set(url, base);
    // A failure is not cached: the next attempt asks again.
    base.catch(() => fetched.delete(url));
  }
  return overlayOnStyle(await base, styleInput(lang));
}

export function offlineStyle(lang: Lang): StyleSpecification {
  return buildOfflineStyle(styleInput(lang));
}
