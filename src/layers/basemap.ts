/**
 * The offline basemap as data: sources (files under data/basemap/, built by scripts/build-basemap.ts)
 * and style layers. Colours are muted so the planning layers read first; Futian is the warm accent.
 */
import citiesUrl from '../../data/basemap/cities.geojson?url';
import districtsDetailUrl from '../../data/basemap/districts-detail.geojson?url';
import districtsRegionalUrl from '../../data/basemap/districts-regional.geojson?url';
import futianUrl from '../../data/basemap/futian.geojson?url';
import labelsUrl from '../../data/basemap/labels.geojson?url';
import landDetailUrl from '../../data/basemap/land-detail.geojson?url';
import landRegionalUrl from '../../data/basemap/land-regional.geojson?url';
import type { LayerDef, SourceDef, StyleLayer } from './types';

/** Mirrors DETAIL_MIN_ZOOM in scripts/basemap/sources.ts (basemap.test.ts keeps the two equal). */
export const DETAIL_MIN_ZOOM = 9;
/** Up to this zoom the (generalised) prefecture-city outlines are drawn. */
export const CITY_LINE_MAX_ZOOM = 11;

export const BASEMAP_COLORS = {
  sea: '#c9dde8',
  land: '#ebe8e1',
  district: '#f7f5f0',
  shenzhen: '#f4efe3',
  futianFill: '#fbe3c3',
  futianLine: '#a4480f',
  districtLine: '#b3ab9e',
  cityLine: '#857c6e',
  label: '#3d3a35',
  labelHalo: '#ffffff',
} as const;

export const BASEMAP_SOURCES: SourceDef[] = [
  { id: 'land-regional', url: landRegionalUrl, title: { zh: '陆地（区域）', en: 'Land (regional)' }, attribution: 'land' },
  { id: 'land-detail', url: landDetailUrl, title: { zh: '陆地（深港细部）', en: 'Land (Shenzhen–Hong Kong detail)' }, attribution: 'land' },
  { id: 'districts-regional', url: districtsRegionalUrl, title: { zh: '区县（区域）', en: 'Districts (regional)' }, attribution: 'districts', promoteId: 'key' },
  { id: 'districts-detail', url: districtsDetailUrl, title: { zh: '区县（细部）', en: 'Districts (detail)' }, attribution: 'districts', promoteId: 'key' },
  { id: 'cities', url: citiesUrl, title: { zh: '地级市', en: 'Prefecture cities' }, attribution: 'districts' },
  { id: 'futian', url: futianUrl, title: { zh: '福田区界', en: 'Futian District boundary' }, attribution: 'districts' },
  { id: 'place-labels', url: labelsUrl, title: { zh: '地名', en: 'Place names' }, attribution: 'districts' },
];

const districtFill = (source: 'regional' | 'detail'): Omit<Extract<StyleLayer, { type: 'fill' }>, 'id'> => ({
  type: 'fill' as const,
  paint: {
    'fill-color': ['match', ['get', 'city_zh'], '深圳市', BASEMAP_COLORS.shenzhen, BASEMAP_COLORS.district],
    'fill-antialias': false,
  },
  ...(source === 'regional' ? { maxzoom: DETAIL_MIN_ZOOM } : { minzoom: DETAIL_MIN_ZOOM }),
});

const districtLine = (source: 'regional' | 'detail'): Omit<Extract<StyleLayer, { type: 'line' }>, 'id'> => ({
  type: 'line' as const,
  paint: {
    'line-color': BASEMAP_COLORS.districtLine,
    'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.3, 10, 0.8, 14, 1.4],
  },
  ...(source === 'regional' ? { maxzoom: DETAIL_MIN_ZOOM } : { minzoom: DETAIL_MIN_ZOOM }),
});

const labelLayout: NonNullable<Extract<StyleLayer, { type: 'symbol' }>['layout']> = {
  'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 10, 13, 14, 16],
  'text-max-width': 8,
  'text-padding': 4,
  'symbol-sort-key': ['get', 'rank'],
};

export const BASEMAP_LAYERS: LayerDef[] = [
  {
    id: 'land',
    group: 'basemap',
    source: 'land-regional',
    title: { zh: '陆地', en: 'Land' },
    style: [{ id: 'land-regional-fill', type: 'fill', maxzoom: DETAIL_MIN_ZOOM, paint: { 'fill-color': BASEMAP_COLORS.land } }],
  },
  {
    id: 'land-detail',
    group: 'basemap',
    source: 'land-detail',
    title: { zh: '陆地（细部）', en: 'Land (detail)' },
    style: [{ id: 'land-detail-fill', type: 'fill', minzoom: DETAIL_MIN_ZOOM - 1, paint: { 'fill-color': BASEMAP_COLORS.land } }],
  },
  {
    id: 'districts-regional',
    group: 'basemap',
    source: 'districts-regional',
    title: { zh: '区县', en: 'Districts' },
    style: [
      { id: 'districts-regional-fill', ...districtFill('regional') },
      { id: 'districts-regional-line', ...districtLine('regional') },
    ],
  },
  {
    id: 'districts-detail',
    group: 'basemap',
    source: 'districts-detail',
    title: { zh: '区县（细部）', en: 'Districts (detail)' },
    style: [
      { id: 'districts-detail-fill', ...districtFill('detail') },
      { id: 'districts-detail-line', ...districtLine('detail') },
    ],
  },
  {
    id: 'cities',
    group: 'basemap',
    source: 'cities',
    title: { zh: '地级市界', en: 'City boundaries' },
    style: [
      {
        id: 'cities-line',
        type: 'line',
        // City outlines are simplified to ~400 m: past this zoom that line would cut across
        // streets (金地-沙头, the Loop), and the detailed district lines draw every city edge.
        maxzoom: CITY_LINE_MAX_ZOOM,
        paint: {
          'line-color': BASEMAP_COLORS.cityLine,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 1.6, 14, 2.4],
          'line-dasharray': [4, 2],
        },
      },
    ],
  },
  {
    id: 'futian',
    group: 'basemap',
    source: 'futian',
    onlineOverlay: true,
    title: { zh: '福田区', en: 'Futian District' },
    style: [
      { id: 'futian-fill', type: 'fill', paint: { 'fill-color': BASEMAP_COLORS.futianFill, 'fill-opacity': 0.85 } },
      {
        id: 'futian-line',
        type: 'line',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': BASEMAP_COLORS.futianLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.5, 10, 2.5, 14, 4] },
      },
    ],
  },
  {
    id: 'place-labels',
    group: 'basemap',
    source: 'place-labels',
    title: { zh: '地名', en: 'Place names' },
    labelProperty: { zh: 'name_zh', en: 'name_en' },
    // District and city names stay readable above everything (福田区 is a zone's name too).
    labelRank: 5,
    style: [
      {
        id: 'place-labels-city',
        type: 'symbol',
        filter: ['in', ['get', 'kind'], ['literal', ['city', 'country']]],
        maxzoom: 10,
        layout: { ...labelLayout, 'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 9, 15] },
        paint: { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': BASEMAP_COLORS.labelHalo, 'text-halo-width': 1.5 },
      },
      {
        id: 'place-labels-district',
        type: 'symbol',
        filter: ['==', ['get', 'kind'], 'district'],
        minzoom: 8,
        layout: labelLayout,
        paint: {
          'text-color': ['case', ['==', ['get', 'name_zh'], '福田区'], BASEMAP_COLORS.futianLine, BASEMAP_COLORS.label],
          'text-halo-color': BASEMAP_COLORS.labelHalo,
          'text-halo-width': 1.5,
        },
      },
      // At the regional scale (below the district names' zoom) Futian is still named: the partner
      // areas' view is about it, and its links start there. Set beside its point so 深圳市 keeps its name.
      {
        id: 'place-labels-futian',
        type: 'symbol',
        filter: ['==', ['get', 'key'], 'shenzhen-futian-district'],
        maxzoom: 8,
        layout: { ...labelLayout, 'text-variable-anchor': ['right', 'left', 'top', 'bottom'], 'text-radial-offset': 0.6 },
        paint: { 'text-color': BASEMAP_COLORS.futianLine, 'text-halo-color': BASEMAP_COLORS.labelHalo, 'text-halo-width': 1.5 },
      },
    ],
  },
];
