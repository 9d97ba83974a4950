import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n';
import { LAYERS } from '../layers/registry';
import type { PlacedName } from '../state/ui';

/** Each text layer with the property it shows per language. */
export const TEXT_LAYERS = LAYERS.filter((d) => d.labelProperty).flatMap((d) =>
  d.style.filter((s) => s.type === 'symbol').map((s) => ({ id: s.id, property: d.labelProperty as Record<Lang, string>, plan: d.group === 'layout' || d.group === 'cooperation' })),
);
const MAX_NAMES = 80;

/** A label's text as a name: its line break is the map's layout, not part of the name a reader reads. */
export function readableName(label: string, lang: Lang): string {
  return label.replace(/\n/g, lang === 'zh' ? '' : ' ');
}

/**
 * The labels maplibre actually placed (symbol collisions already resolved), in the active
 * language. Canvas text is invisible to screen readers; the app mirrors this list in the DOM.
 */
export function collectPlaceNames(map: MaplibreMap, lang: Lang): PlacedName[] {
  const present = TEXT_LAYERS.filter((l) => map.getLayer(l.id));
  if (present.length === 0) return [];
  const propertyOf = new Map(present.map((l) => [l.id, l.property[lang]]));
  const counts = new Map<string, number>();
  // The plan's own names first: a regional view's many district names never crowd them out of the list.
  const planFirst = [present.filter((l) => l.plan), present.filter((l) => !l.plan)].filter((ls) => ls.length > 0);
  const rendered = planFirst.flatMap((ls) => map.queryRenderedFeatures({ layers: ls.map((l) => l.id) }));
  for (const f of rendered) {
    const name = f.properties?.[propertyOf.get(f.layer.id) ?? ''];
    if (typeof name !== 'string') continue;
    const key = readableName(name, lang);
    if (!counts.has(key) && counts.size >= MAX_NAMES) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => a.name.localeCompare(b.name, lang === 'zh' ? 'zh-Hans-CN' : 'en'));
}
