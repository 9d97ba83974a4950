/**
 * The reference layer (参考要素) as data: roads, water, green space, metro and landmarks that a
 * planner orients by, drawn by the project (data/reference/drawn.json → reference.geojson, built
 * by scripts/build-reference.ts). Quiet colours under the plan; labels only from the zoom at
 * which they no longer crowd it. Geometry and labels are separate layer definitions so the
 * labels can sit above the geometry but below the plan's own labels (placement priority).
 */
import referenceUrl from '../../data/reference/reference.geojson?url';
import type { LayerDef, SourceDef, StyleLayer } from './types';

/** Each reference layer's name, written once: its layer and its toggle show it. */
export const REFERENCE_TITLES = {
  roads: { zh: '道路', en: 'Roads' },
  water: { zh: '水系', en: 'Water' },
  metro: { zh: '地铁', en: 'Metro' },
  landmarks: { zh: '地标', en: 'Landmarks' },
} as const satisfies Record<string, { zh: string; en: string }>;

export const REFERENCE_COLORS = {
  roadCasing: '#bba98c',
  road: '#ffffff',
  roadLabel: '#6b5e4e',
  water: '#b7d5e6',
  river: '#86b6d3',
  waterLabel: '#3e6f8f',
  green: '#d3e6c4',
  reserve: '#b9d9ae',
  reserveLine: '#6f9f62',
  greenLabel: '#4b7a3c',
  stationFill: '#ffffff',
  stationLine: '#555555',
  stationLabel: '#4a4a4a',
  place: '#7a4b2a',
  placeLabel: '#5b3d24',
  halo: '#ffffff',
} as const;

export const REFERENCE_SOURCES: SourceDef[] = [{ id: 'reference', url: referenceUrl, title: { zh: '参考要素', en: 'Reference features' }, attribution: 'reference' }];

const NAME = { zh: 'name_zh', en: 'name_en' };
const isLayer = (...layers: string[]) => ['in', ['get', 'layer'], ['literal', layers]] as ['in', ['get', string], ['literal', string[]]];
const halo = { 'text-halo-color': REFERENCE_COLORS.halo, 'text-halo-width': 1.4 };
/** Zoom from which arterial road names show; minor roads, stations and park names one step later. */
export const REFERENCE_LABEL_ZOOM = 12.5;

const roadWidth = (z11: number, z14: number, z16: number) => ['interpolate', ['linear'], ['zoom'], 11, z11, 14, z14, 16, z16] as ['interpolate', ['linear'], ['zoom'], number, number, number, number, number, number];
const arterial = ['==', ['get', 'class'], 'arterial'] as ['==', ['get', string], string];

const areaFills: StyleLayer[] = [
  { id: 'ref-green-fill', type: 'fill', filter: isLayer('green'), paint: { 'fill-color': REFERENCE_COLORS.green, 'fill-opacity': 0.85 } },
  { id: 'ref-reserve-fill', type: 'fill', filter: isLayer('reserve'), paint: { 'fill-color': REFERENCE_COLORS.reserve, 'fill-opacity': 0.85 } },
  { id: 'ref-reserve-line', type: 'line', filter: isLayer('reserve'), paint: { 'line-color': REFERENCE_COLORS.reserveLine, 'line-width': 1, 'line-dasharray': [3, 2] } },
];

export const REFERENCE_GEOMETRY: LayerDef[] = [
  { id: 'ref-green', group: 'basemap', source: 'reference', title: { zh: '公园绿地', en: 'Parks and green space' }, style: areaFills },
  {
    id: 'ref-water',
    group: 'basemap',
    source: 'reference',
    title: REFERENCE_TITLES.water,
    style: [
      { id: 'ref-water-fill', type: 'fill', filter: isLayer('water'), paint: { 'fill-color': REFERENCE_COLORS.water } },
      { id: 'ref-river-line', type: 'line', filter: isLayer('river'), layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': REFERENCE_COLORS.river, 'line-width': roadWidth(1, 2.5, 5) } },
    ],
  },
  {
    id: 'ref-roads',
    group: 'basemap',
    source: 'reference',
    title: REFERENCE_TITLES.roads,
    style: [
      { id: 'ref-road-casing', type: 'line', minzoom: 10, filter: ['all', isLayer('road'), arterial], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': REFERENCE_COLORS.roadCasing, 'line-width': roadWidth(1.4, 5.5, 12) } },
      { id: 'ref-road-minor', type: 'line', minzoom: 12, filter: ['all', isLayer('road'), ['!', arterial]], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': REFERENCE_COLORS.roadCasing, 'line-width': roadWidth(0.6, 2, 5) } },
      { id: 'ref-road-fill', type: 'line', minzoom: 11, filter: ['all', isLayer('road'), arterial], layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': REFERENCE_COLORS.road, 'line-width': roadWidth(0.5, 3.5, 9) } },
    ],
  },
  {
    id: 'ref-rail',
    group: 'basemap',
    source: 'reference',
    title: REFERENCE_TITLES.metro,
    style: [
      { id: 'ref-rail-line', type: 'line', minzoom: 10.5, filter: isLayer('rail'), layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': ['get', 'color'], 'line-width': roadWidth(1, 2, 3.5), 'line-opacity': 0.7 } },
      {
        id: 'ref-station-point',
        type: 'circle',
        minzoom: 12,
        filter: isLayer('station'),
        paint: { 'circle-radius': roadWidth(1.5, 3.5, 5), 'circle-color': REFERENCE_COLORS.stationFill, 'circle-stroke-color': REFERENCE_COLORS.stationLine, 'circle-stroke-width': 1.2 },
      },
    ],
  },
  {
    id: 'ref-places',
    group: 'basemap',
    source: 'reference',
    title: REFERENCE_TITLES.landmarks,
    style: [
      {
        id: 'ref-place-point',
        type: 'circle',
        minzoom: 11.5,
        filter: ['all', isLayer('place'), ['in', ['get', 'class'], ['literal', ['landmark', 'rail', 'port']]]],
        paint: { 'circle-radius': roadWidth(2, 4, 5.5), 'circle-color': REFERENCE_COLORS.place, 'circle-stroke-color': REFERENCE_COLORS.halo, 'circle-stroke-width': 1.5 },
      },
    ],
  },
];

/** A name beside its point, on whichever side is free. */
const pointLabel = {
  layout: { 'text-size': 11.5, 'text-variable-anchor': ['left', 'right', 'top', 'bottom'] as ('left' | 'right' | 'top' | 'bottom')[], 'text-radial-offset': 0.6, 'text-max-width': 8, 'text-optional': true },
  paint: { 'text-color': REFERENCE_COLORS.placeLabel, ...halo },
};

/** Label layers, one definition per toggle (the toggles list both the geometry and its labels). */
export const REFERENCE_LABELS: LayerDef[] = [
  {
    id: 'ref-water-labels',
    group: 'basemap',
    source: 'reference',
    title: { zh: '水系名称', en: 'Water names' },
    labelProperty: NAME,
    style: [
      { id: 'ref-river-label', type: 'symbol', minzoom: REFERENCE_LABEL_ZOOM, filter: isLayer('river'), layout: { 'symbol-placement': 'line', 'text-size': 11, 'symbol-spacing': 400, 'text-letter-spacing': 0.1 }, paint: { 'text-color': REFERENCE_COLORS.waterLabel, ...halo } },
      { id: 'ref-lake-label', type: 'symbol', minzoom: 13.5, filter: isLayer('water'), layout: { 'text-size': 11, 'text-max-width': 6 }, paint: { 'text-color': REFERENCE_COLORS.waterLabel, ...halo } },
      { id: 'ref-bay-label', type: 'symbol', minzoom: 10, filter: ['all', isLayer('place'), ['==', ['get', 'class'], 'water']], layout: { 'text-size': 14, 'text-letter-spacing': 0.3, 'text-max-width': 10 }, paint: { 'text-color': REFERENCE_COLORS.waterLabel, ...halo } },
    ],
  },
  {
    id: 'ref-green-labels',
    group: 'basemap',
    source: 'reference',
    title: { zh: '公园名称', en: 'Park names' },
    labelProperty: NAME,
    style: [{ id: 'ref-green-label', type: 'symbol', minzoom: 13, filter: isLayer('green', 'reserve'), layout: { 'text-size': 11, 'text-max-width': 6, 'text-optional': true }, paint: { 'text-color': REFERENCE_COLORS.greenLabel, ...halo } }],
  },
  {
    id: 'ref-road-labels',
    group: 'basemap',
    source: 'reference',
    title: { zh: '道路名称', en: 'Road names' },
    labelProperty: NAME,
    style: [
      { id: 'ref-road-label', type: 'symbol', minzoom: REFERENCE_LABEL_ZOOM, filter: ['all', isLayer('road'), arterial], layout: { 'symbol-placement': 'line', 'text-size': roadWidth(10, 11, 13), 'symbol-spacing': 350 }, paint: { 'text-color': REFERENCE_COLORS.roadLabel, ...halo } },
      { id: 'ref-road-minor-label', type: 'symbol', minzoom: 14, filter: ['all', isLayer('road'), ['!', arterial]], layout: { 'symbol-placement': 'line', 'text-size': 10, 'symbol-spacing': 350 }, paint: { 'text-color': REFERENCE_COLORS.roadLabel, ...halo } },
    ],
  },
  {
    id: 'ref-station-labels',
    group: 'basemap',
    source: 'reference',
    title: { zh: '地铁站名', en: 'Station names' },
    labelProperty: NAME,
    style: [
      {
        id: 'ref-station-label',
        type: 'symbol',
        minzoom: 13.5,
        filter: isLayer('station'),
        layout: { 'text-size': 10, 'text-anchor': 'top', 'text-offset': [0, 0.6], 'text-max-width': 6, 'text-optional': true },
        paint: { 'text-color': REFERENCE_COLORS.stationLabel, ...halo },
      },
    ],
  },
  {
    id: 'ref-place-labels',
    group: 'basemap',
    source: 'reference',
    title: { zh: '地标名称', en: 'Landmark names' },
    labelProperty: NAME,
    style: [
      {
        id: 'ref-place-label',
        type: 'symbol',
        minzoom: 11.5,
        filter: ['all', isLayer('place'), ['in', ['get', 'class'], ['literal', ['landmark', 'rail']]]],
        ...pointLabel,
      },
    ],
  },
  {
    id: 'ref-border-labels',
    group: 'basemap',
    source: 'reference',
    title: { zh: '口岸与香港', en: 'Border crossings and Hong Kong' },
    labelProperty: NAME,
    style: [
      {
        id: 'ref-port-label',
        type: 'symbol',
        minzoom: 11.5,
        filter: ['all', isLayer('place'), ['==', ['get', 'class'], 'port']],
        ...pointLabel,
      },
      { id: 'ref-area-label', type: 'symbol', minzoom: 11, filter: ['all', isLayer('place'), ['in', ['get', 'class'], ['literal', ['area', 'region']]]], layout: { 'text-size': ['match', ['get', 'class'], 'region', 15, 12], 'text-letter-spacing': 0.2 }, paint: { 'text-color': '#6b655c', ...halo } },
    ],
  },
];
