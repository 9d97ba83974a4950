/** Every source and layer the Atlas draws, in drawing order. The map, legend and layer panel read this. */
import { BASEMAP_LAYERS, BASEMAP_SOURCES } from './basemap';
import { MARKUP_LAYER, MARKUP_SOURCE } from './markup';
import { PLANNING_LAYERS, PLANNING_SOURCES } from './planning';
import { REFERENCE_GEOMETRY, REFERENCE_LABELS, REFERENCE_SOURCES } from './reference';
import type { LayerDef, SourceDef } from './types';

// Basemap place names go on top so they stay readable above the planning fills.
const basemapLabels = BASEMAP_LAYERS.filter((l) => l.labelProperty);
const basemapBelow = BASEMAP_LAYERS.filter((l) => !l.labelProperty);

// The reference layer sits between: its geometry above the basemap, its labels above its
// geometry but below the plan. Which name wins a collision is each layer's labelRank: every plan
// zone outranks the reference (a border crossing gives way to 河套's long name, a station to a
// cluster's), so every zone in the frame is named.
export const LAYERS: readonly LayerDef[] = [...basemapBelow, ...REFERENCE_GEOMETRY, ...REFERENCE_LABELS, ...PLANNING_LAYERS, ...basemapLabels, MARKUP_LAYER];

// Sources with labels load first. A label tile needs a round trip to the main thread for its
// glyphs, and a frame to place them; started first, that overlaps the other sources' loading
// instead of trailing it (the bench measured the map idle ~100 ms sooner on software GL).
const labelled = (s: SourceDef) => LAYERS.some((l) => l.source === s.id && l.style.some((layer) => layer.type === 'symbol'));
const ALL_SOURCES = [...BASEMAP_SOURCES, ...REFERENCE_SOURCES, ...PLANNING_SOURCES, MARKUP_SOURCE];
export const SOURCES: readonly SourceDef[] = [...ALL_SOURCES.filter(labelled), ...ALL_SOURCES.filter((s) => !labelled(s))];

export function sourceById(id: string): SourceDef {
  const source = SOURCES.find((s) => s.id === id);
  if (!source) throw new Error(`layer registry: unknown source "${id}"`);
  return source;
}
