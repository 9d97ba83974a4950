/** Map layers for the planner's imported GeoJSON, built from the store (not part of the registry). */
import { mapSafeCollection } from '../import/mapSafe';
import type { ImportedLayer } from '../state/imports';
import { type Swatch, swatchOf } from './swatch';
import type { LayerDef, SourceDef } from './types';

export function importedSource(layer: ImportedLayer): SourceDef {
  return { id: layer.id, data: mapSafeCollection(layer.collection), title: { zh: layer.name, en: layer.name }, attribution: 'imported' };
}

export function importedLayerDef(layer: ImportedLayer): LayerDef {
  return {
    id: layer.id,
    group: 'imported',
    source: layer.id,
    onlineOverlay: true,
    title: { zh: layer.name, en: layer.name },
    style: [
      { id: `${layer.id}-fill`, type: 'fill', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': layer.color, 'fill-opacity': 0.25 } },
      { id: `${layer.id}-line`, type: 'line', filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': layer.color, 'line-width': 2.2 } },
      { id: `${layer.id}-point`, type: 'circle', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 6, 'circle-color': layer.color, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
    ],
  };
}

/** Its legend symbol, from its own style's fill and outline (the area symbol stands for points too). */
export function importedSwatch(layer: ImportedLayer): Swatch {
  return swatchOf(importedLayerDef(layer).style.filter((l) => l.type !== 'circle'));
}
