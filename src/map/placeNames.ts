import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n';
import { LAYERS } from '../layers/registry';

/** Each text layer with the property it shows per language. */
const TEXT_LAYERS = LAYERS.filter((d) => d.labelProperty).flatMap((d) =>
  d.style.filter((s) => s.type === 'symbol').map((s) => ({ id: s.id, property: d.labelProperty as Record<Lang, string> })),
);
const MAX_NAMES = 80;

/**
 * The labels maplibre actually placed (symbol collisions already resolved), in the active
 * language. Canvas text is invisible to screen readers; the app mirrors this list in the DOM.
 */
export function collectPlaceNames(map: MaplibreMap, lang: Lang): string[] {
  const present = TEXT_LAYERS.filter((l) => map.getLayer(l.id));
  if (present.length === 0) return [];
  const propertyOf = new Map(present.map((l) => [l.id, l.property[lang]]));
  const names = new Set<string>();
  for (const f of map.queryRenderedFeatures({ layers: present.map((l) => l.id) })) {
    const name = f.properties?.[propertyOf.get(f.layer.id) ?? ''];
    // A label's line break is the map's layout, not part of the name a screen reader reads.
    if (typeof name === 'string') names.add(name.replace(/\n/g, lang === 'zh' ? '' : ' '));
    if (names.size >= MAX_NAMES) break;
  }
  return [...names].sort((a, b) => a.localeCompare(b, lang === 'zh' ? 'zh-Hans-CN' : 'en'));
}
