/** Every source and layer the Atlas draws, in drawing order. The map, legend and layer panel read this. */
import { BASEMAP_LAYERS, BASEMAP_SOURCES } from './basemap';
import { MEASURE_LAYER, MEASURE_SOURCE } from './measure';
import { PLANNING_LAYERS, PLANNING_SOURCES } from './planning';
import { REFERENCE_GEOMETRY, REFERENCE_LABELS, REFERENCE_SOURCES } from './reference';
import type { LayerDef, SourceDef } from './types';

// Basemap place names go on top so they stay readable above the planning fills.
const basemapLabels = BASEMAP_LAYERS.filter((l) => l.labelProperty);
const basemapBelow = BASEMAP_LAYERS.filter((l) => !l.labelProperty);

// The reference layer sits between: its geometry above the basemap, its labels above its
// geometry but below the plan, whose labels are therefore placed first where they compete.
// Border crossings and Hong Kong sit at Futian's edge, where a zone label (河套's is long) would
// otherwise always win: they are placed before the plan's labels, which move aside (variable
// anchors). The CBD's landmarks stay below, so 中央活力区 keeps its name at the district view.
const referenceAbovePlan = REFERENCE_LABELS.filter((l) => l.id === 'ref-border-labels');
const referenceBelowPlan = REFERENCE_LABELS.filter((l) => l.id !== 'ref-border-labels');
export const LAYERS: readonly LayerDef[] = [...basemapBelow, ...REFERENCE_GEOMETRY, ...referenceBelowPlan, ...PLANNING_LAYERS, ...referenceAbovePlan, ...basemapLabels, MEASURE_LAYER];

// Sources with labels load first. A label tile needs a round trip to the main thread for its
// glyphs, and a frame to place them; started first, that overlaps the other sources' loading
// instead of trailing it (the bench measured the map idle ~100 ms sooner on software GL).
const labelled = (s: SourceDef) => LAYERS.some((l) => l.source === s.id && l.style.some((layer) => layer.type === 'symbol'));
const ALL_SOURCES = [...BASEMAP_SOURCES, ...REFERENCE_SOURCES, ...PLANNING_SOURCES, MEASURE_SOURCE];
export const SOURCES: readonly SourceDef[] = [...ALL_SOURCES.filter(labelled), ...ALL_SOURCES.filter((s) => !labelled(s))];

export function sourceById(id: string): SourceDef {
  const source = SOURCES.find((s) => s.id === id);
  if (!source) throw new Error(`layer registry: unknown source "${id}"`);
  return source;
}
