/**
 * The planner's markup (标绘) as the map draws it: data set at run time from the store
 * (src/map/markupLayer.ts, from src/markup/features.ts). Each shape's style travels as feature
 * properties, so one set of style layers draws every shape in its own colour, width and dash.
 */
import type { ExpressionSpecification, FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerDef, SourceDef } from './types';

export const MARKUP_SOURCE: SourceDef = {
  id: 'markup',
  data: { type: 'FeatureCollection', features: [] },
  title: { zh: '标绘', en: 'Markup' },
  attribution: 'planning',
  // Feature-state `editing` is set by shape id.
  promoteId: 'id',
};

/** The hatch images a hatched area is filled with (src/map/markupImages.ts draws them): one per palette colour. */
export const HATCH_IMAGE_PREFIX = 'markup-hatch-';
/** CSS pixels between hatch lines, and their width: the map's pattern and the vector writers draw the same. */
export const HATCH_SPACING = 8;
export const HATCH_WIDTH = 1.5;

const part = (...parts: string[]): FilterSpecification => ['in', ['get', 'part'], ['literal', parts]];
const lines = part('line', 'area');
// While terra-draw edits a shape its own drawing shows it: the map's copy steps aside (feature-state
// is the live map's only: an export never carries it).
const editing = (normal: number | ExpressionSpecification): ExpressionSpecification => ['case', ['boolean', ['feature-state', 'editing'], false], 0, normal];

export const MARKUP_LAYER: LayerDef = {
  id: 'markup',
  group: 'markup',
  source: 'markup',
  onlineOverlay: true,
  // Above every plan zone: a planner's notes are what the figure is about.
  labelRank: 100,
  title: { zh: '标绘', en: 'Markup' },
  style: [
    { id: 'markup-fill', type: 'fill', filter: ['all', ['==', ['get', 'part'], 'area'], ['!', ['get', 'hatch']]], paint: { 'fill-color': ['get', 'color'], 'fill-opacity': editing(['get', 'fill']) } },
    {
      id: 'markup-hatch',
      type: 'fill',
      filter: ['all', ['==', ['get', 'part'], 'area'], ['get', 'hatch']],
      paint: { 'fill-pattern': ['concat', HATCH_IMAGE_PREFIX, ['slice', ['get', 'color'], 1]], 'fill-opacity': editing(1) },
    },
    {
      id: 'markup-halo',
      type: 'line',
      filter: lines,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ['get', 'casing'], 'line-width': ['+', ['get', 'width'], 3], 'line-opacity': editing(0.85) },
    },
    {
      id: 'markup-line',
      type: 'line',
      filter: ['all', lines, ['!', ['get', 'dashed']]] as FilterSpecification,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'], 'line-opacity': editing(1) },
    },
    {
      id: 'markup-line-dashed',
      type: 'line',
      filter: ['all', lines, ['get', 'dashed']] as FilterSpecification,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'], 'line-dasharray': [3, 2], 'line-opacity': editing(1) },
    },
    { id: 'markup-head', type: 'fill', filter: ['==', ['get', 'part'], 'head'], paint: { 'fill-color': ['get', 'color'], 'fill-opacity': editing(1) } },
    {
      id: 'markup-from-zone',
      type: 'line',
      filter: ['==', ['get', 'part'], 'from-zone'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': 2.5, 'line-dasharray': [2, 1] },
    },
    {
      id: 'markup-point',
      type: 'circle',
      filter: ['==', ['get', 'part'], 'point'],
      paint: { 'circle-radius': 6, 'circle-color': ['get', 'color'], 'circle-stroke-color': ['get', 'casing'], 'circle-stroke-width': 2, 'circle-opacity': editing(1), 'circle-stroke-opacity': editing(1) },
    },
    {
      id: 'markup-label',
      type: 'symbol',
      filter: ['all', part('point', 'label'), ['!=', ['get', 'label'], '']] as FilterSpecification,
      layout: {
        'text-field': ['get', 'label'],
        'text-size': ['get', 'size'],
        'text-max-width': 18,
        // Beside a point (above it), centred on a line's middle or an area's label point.
        'text-anchor': ['case', ['any', ['==', ['get', 'part'], 'point'], ['==', ['get', 'along'], true]], 'bottom', 'center'],
        'text-offset': ['case', ['==', ['get', 'part'], 'point'], ['literal', [0, -0.6]], ['==', ['get', 'along'], true], ['literal', [0, -0.3]], ['literal', [0, 0]]],
        // A planner's note is always shown: it never gives way to a place name.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#1a1a1a', 'text-halo-color': '#ffffff', 'text-halo-width': 2, 'text-opacity': editing(1) },
    },
  ],
};
