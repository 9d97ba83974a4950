/**
 * Reflects the store's layer toggles on the map: visibility, and opacity as a factor on each
 * style layer's own base opacity (so a half-faded belt keeps its fill lighter than its outline).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { LAYERS } from '../layers/registry';
import { type Opacity, TOGGLES, type Visibility } from '../layers/toggles';
import type { StyleLayer } from '../layers/types';

const OPACITY_PROPS: Record<string, string[]> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity'],
};

function baseOpacity(layer: StyleLayer, prop: string): number | null {
  const value = (layer.paint as Record<string, unknown> | undefined)?.[prop];
  if (value === undefined) return 1;
  // Expressions (feature-state highlights) manage their own opacity.
  return typeof value === 'number' ? value : null;
}

export function applyToggles(map: MaplibreMap, visibility: Visibility, opacity: Opacity): void {
  for (const toggle of TOGGLES) {
    const visible = visibility[toggle.id] !== false;
    const factor = opacity[toggle.id] ?? 1;
    for (const def of LAYERS.filter((d) => toggle.layers.includes(d.id))) {
      for (const layer of def.style) {
        if (!map.getLayer(layer.id)) continue;
        // Only what differs: maplibre re-tiles a layer's whole source on any layout change, even
        // to the value it already has ('visible' where the style left it unset), and the bench
        // measured that costing ~400 ms of reloads when the map first loads.
        const visibility = visible ? 'visible' : 'none';
        if ((map.getLayoutProperty(layer.id, 'visibility') ?? 'visible') !== visibility) map.setLayoutProperty(layer.id, 'visibility', visibility);
        for (const prop of OPACITY_PROPS[layer.type] ?? []) {
          const base = baseOpacity(layer, prop);
          if (base === null) continue;
          const opacity = base * factor;
          if ((map.getPaintProperty(layer.id, prop as 'fill-opacity') ?? 1) !== opacity) map.setPaintProperty(layer.id, prop as 'fill-opacity', opacity);
        }
      }
    }
  }
}
