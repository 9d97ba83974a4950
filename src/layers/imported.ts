/** Map layers for the planner's imported GeoJSON, built from the store (not part of the registry). */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { mapSafeCollection } from '../import/mapSafe';
import type { Lang } from '../i18n';
import type { ImportedLayer } from '../state/imports';
import { attributeClasses, classColor, type StyleClass } from './attributeStyle';
import { type Swatch, swatchOf } from './swatch';
import type { LayerDef, SourceDef } from './types';

/** The property holding a feature's index in its file: its id on the map (the attribute table picks by it). */
export const FEATURE_INDEX = '__atlas_index';

export function importedSource(layer: ImportedLayer): SourceDef {
  const data = mapSafeCollection(layer.collection);
  data.features.forEach((f, i) => {
    f.properties = { ...f.properties, [FEATURE_INDEX]: i };
  });
  return { id: layer.id, data, title: { zh: layer.name, en: layer.name }, attribution: 'imported', promoteId: FEATURE_INDEX };
}

const OTHER = { zh: '其他', en: 'Other' } as const;

/** The classes of a layer coloured by an attribute (empty when it has one colour). */
export function importedClasses(layer: ImportedLayer, lang: Lang = 'zh'): StyleClass[] {
  return layer.styleBy ? attributeClasses(layer.collection, layer.styleBy, OTHER[lang]) : [];
}

export function importedLayerDef(layer: ImportedLayer): LayerDef {
  const classes = importedClasses(layer);
  const color: string | ExpressionSpecification = layer.styleBy && classes.length > 0 ? classColor(layer.styleBy, classes) : layer.color;
  return {
    id: layer.id,
    group: 'imported',
    source: layer.id,
    onlineOverlay: true,
    title: { zh: layer.name, en: layer.name },
    style: [
      { id: `${layer.id}-fill`, type: 'fill', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': color, 'fill-opacity': layer.styleBy ? 0.45 : 0.25 } },
      { id: `${layer.id}-line`, type: 'line', filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': color, 'line-width': ['case', ['boolean', ['feature-state', 'picked'], false], 5, 2.2] } },
      { id: `${layer.id}-point`, type: 'circle', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 6, 'circle-color': color, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
      ...(layer.labelBy
        ? [
            {
              id: `${layer.id}-label`,
              type: 'symbol' as const,
              layout: { 'text-field': ['to-string', ['get', layer.labelBy]] as ExpressionSpecification, 'text-size': 12, 'text-max-width': 10 },
              paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
            },
          ]
        : []),
    ],
  };
}

/** Its legend symbol, from its own style's fill and outline (the area symbol stands for points too). */
export function importedSwatch(layer: ImportedLayer): Swatch {
  return swatchOf(importedLayerDef({ ...layer, styleBy: null }).style.filter((l) => l.type !== 'circle' && l.type !== 'symbol'));
}

/** Its legend rows: one, or one per class when it is coloured by an attribute. */
export function importedLegendRows(layer: ImportedLayer, lang: Lang): Array<{ label: string; swatch: Swatch }> {
  const classes = importedClasses(layer, lang);
  if (classes.length === 0) return [{ label: layer.name, swatch: importedSwatch(layer) }];
  return classes.map((c) => ({ label: `${layer.name}：${c.label}`, swatch: { fill: c.color, fillOpacity: 0.45, line: c.color } }));
}
