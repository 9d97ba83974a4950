import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n';
import { LAYERS } from '../layers/registry';

const LABEL_LAYER_IDS = LAYERS.filter((d) => d.labelProperty).flatMap((d) => d.style.map((s) => s.id));
const MAX_NAMES = 80;

/**
 * Names of the labels maplibre actually placed (symbol collisions already resolved), in the
 * active language. Canvas text is invisible to screen readers; the app mirrors this list in the DOM.
 */
export function collectPlaceNames(map: MaplibreMap, lang: Lang): string[] {
  const layers = LABEL_LAYER_IDS.filter((id) => map.getLayer(id));
  if (layers.length === 0) return [];
  const key = lang === 'zh' ? 'name_zh' : 'name_en';
  const names = new Set<string>();
  for (const f of map.queryRenderedFeatures({ layers })) {
    const name = f.properties?.[key];
    if (typeof name === 'string') names.add(name);
    if (names.size >= MAX_NAMES) break;
  }
  return [...names].sort((a, b) => a.localeCompare(b, lang === 'zh' ? 'zh-Hans-CN' : 'en'));
}
