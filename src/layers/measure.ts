/** The measure tool's drawing: data set at run time from the store (src/map/measureLayer.ts). */
import type { LayerDef, SourceDef } from './types';

export const MEASURE_COLOR = '#d1006e';

export const MEASURE_SOURCE: SourceDef = {
  id: 'measure',
  data: { type: 'FeatureCollection', features: [] },
  title: { zh: '量算', en: 'Measurement' },
  attribution: 'planning',
};

export const MEASURE_LAYER: LayerDef = {
  id: 'measure',
  group: 'measure',
  source: 'measure',
  onlineOverlay: true,
  title: { zh: '量算', en: 'Measurement' },
  style: [
    { id: 'measure-area', type: 'fill', filter: ['==', ['get', 'part'], 'area'], paint: { 'fill-color': MEASURE_COLOR, 'fill-opacity': 0.15 } },
    {
      id: 'measure-line',
      type: 'line',
      filter: ['in', ['get', 'part'], ['literal', ['path', 'area', 'from-zone']]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': MEASURE_COLOR, 'line-width': 2.5, 'line-dasharray': [2, 1] },
    },
    { id: 'measure-vertex', type: 'circle', filter: ['==', ['get', 'part'], 'vertex'], paint: { 'circle-radius': 4.5, 'circle-color': '#ffffff', 'circle-stroke-color': MEASURE_COLOR, 'circle-stroke-width': 2 } },
  ],
};
