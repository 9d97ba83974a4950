/**
 * Builds the maplibre style from the layer registry. Offline by construction: no `glyphs`, no
 * `sprite`, and every source is a GeoJSON file on the Atlas' own origin. Without `glyphs`,
 * maplibre draws label glyphs with the browser's own fonts (Noto CJK on the test machine).
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n';
import { BASEMAP_COLORS } from '../layers/basemap';
import type { LayerDef, SourceDef } from '../layers/types';

export function textField(def: LayerDef, lang: Lang): ['get', string] | undefined {
  return def.labelProperty ? ['get', def.labelProperty[lang]] : undefined;
}

export function styleLayersFor(def: LayerDef, lang: Lang, hidden = false): LayerSpecification[] {
  return def.style.map((layer) => {
    const spec = { ...layer, source: def.source } as LayerSpecification & { layout?: Record<string, unknown> };
    if (def.labelProperty && spec.type === 'symbol') spec.layout = { ...spec.layout, 'text-field': textField(def, lang) };
    // Hidden from the first frame: no flash of layers the link switched off, and no wasted work.
    if (hidden) spec.layout = { ...spec.layout, visibility: 'none' };
    return spec as LayerSpecification;
  });
}

export function geojsonSource(def: SourceDef, attribution: string): SourceSpecification {
  const data = def.url ?? def.data ?? { type: 'FeatureCollection', features: [] };
  return { type: 'geojson', data, attribution, ...(def.promoteId ? { promoteId: def.promoteId } : {}) };
}

export interface StyleInput {
  lang: Lang;
  sources: readonly SourceDef[];
  layers: readonly LayerDef[];
  attributionText: (key: SourceDef['attribution']) => string;
  /** LayerDef ids to start hidden (the store's layer toggles). */
  hiddenLayers?: ReadonlySet<string>;
}

/**
 * Every label above every line and fill, each keeping its order among its kind: no line (the axis,
 * a road) is drawn across a name. Labels later in the list win a collision (maplibre places the
 * topmost first), so they go in order of rank (LayerDef.labelRank), registry order within a rank.
 */
export function labelsOnTop(layers: LayerSpecification[], rankOf: (layerId: string) => number = () => 0): LayerSpecification[] {
  const symbols = layers.filter((l) => l.type === 'symbol');
  const ranked = symbols.map((l, i) => ({ l, i, rank: rankOf(l.id) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  return [...layers.filter((l) => l.type !== 'symbol'), ...ranked.map((r) => r.l)];
}

export function buildOfflineStyle({ lang, sources, layers, attributionText, hiddenLayers }: StyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'Futian Planning Atlas (offline)',
    sources: Object.fromEntries(sources.map((s) => [s.id, geojsonSource(s, attributionText(s.attribution))])),
    layers: [
      // The sea is the background: everything the land layers do not cover.
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLORS.sea } },
      ...labelsOnTop(
        layers.flatMap((def) => styleLayersFor(def, lang, hiddenLayers?.has(def.id))),
        (id) => layers.find((def) => def.style.some((l) => l.id === id))?.labelRank ?? 0,
      ),
    ],
  };
}

/**
 * Puts the Atlas' own layers on top of an online style. The online style brings its own
 * background and labels, so offline basemap layers are left out unless marked `onlineOverlay`.
 */
export function overlayOnStyle(base: StyleSpecification, input: StyleInput, options: { casings?: boolean } = {}): StyleSpecification {
  const ownLayers = input.layers.filter((l) => l.group !== 'basemap' || l.onlineOverlay);
  const own = buildOfflineStyle({ ...input, layers: ownLayers });
  const ownSourceIds = new Set(ownLayers.map((l) => l.source));
  // Of the offline basemap's own layers only lines and names go on top (Futian's outline): its
  // near-opaque land fill would hide the basemap the planner chose.
  const basemapFills = new Set(ownLayers.filter((l) => l.group === 'basemap').flatMap((l) => l.style.filter((x) => x.type === 'fill').map((x) => x.id)));
  const overlay = own.layers.filter((l) => l.type !== 'background' && !basemapFills.has(l.id));
  return {
    ...base,
    sources: { ...base.sources, ...Object.fromEntries(Object.entries(own.sources).filter(([id]) => ownSourceIds.has(id))) },
    layers: [...base.layers, ...(options.casings ? withCasings(overlay) : overlay)],
  };
}

/** Each visible line of the Atlas gets a white casing under it: legible on photographs. */
export function withCasings(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.flatMap((layer): LayerSpecification[] => {
    if (layer.type !== 'line') return [layer];
    const width = layer.paint?.['line-width'];
    const casing: LayerSpecification = {
      ...layer,
      id: `${layer.id}-casing`,
      paint: {
        'line-color': '#ffffff',
        'line-opacity': 0.75,
        // A zoom curve cannot be added to; a fixed casing wider than its widest line does.
        'line-width': typeof width === 'number' ? width + 3 : 7,
        ...(layer.paint?.['line-offset'] !== undefined ? { 'line-offset': layer.paint['line-offset'] } : {}),
      },
    };
    return [casing, layer];
  });
}
