/**
 * The planning layers as data: one source per layer group (data/planning/<group>.geojson, built
 * by scripts/build-planning.ts) and its style. Colours are the Okabe–Ito palette, chosen to stay
 * distinct under the common colour-vision deficiencies; shape and line style carry meaning too
 * (dashed belts, thick core outline, solid axis line, circles for places without a boundary).
 */
import axisUrl from '../../data/planning/axis.geojson?url';
import beltsUrl from '../../data/planning/belts.geojson?url';
import clustersUrl from '../../data/planning/clusters.geojson?url';
import coreUrl from '../../data/planning/core.geojson?url';
import districtUrl from '../../data/planning/district.geojson?url';
import linksUrl from '../../data/planning/links.geojson?url';
import parksUrl from '../../data/planning/parks.geojson?url';
import partnersUrl from '../../data/planning/partners.geojson?url';
import ringsUrl from '../../data/planning/rings.geojson?url';
import villagesUrl from '../../data/planning/villages.geojson?url';
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { inkOn } from './contrast';
import type { LayerDef, SourceDef, StyleLayer } from './types';

export const PLANNING_COLORS = {
  core: '#D55E00',
  beltNorth: '#0072B2',
  beltCentral: '#E69F00',
  beltSouth: '#009E73',
  axis: '#CC79A7',
  cluster: '#1b1b1b',
  partner: '#56B4E9',
  partnerLine: '#0072B2',
  park: '#0072B2',
  village: '#F0E442',
  ring: '#6b655c',
  labelHalo: '#ffffff',
} as const;

/** Each planning layer group's name, written once: its source, its layer and its toggle all show it. */
export const PLAN_TITLES = {
  belts: { zh: '三带', en: 'Three belts' },
  core: { zh: '一核', en: 'The core' },
  axis: { zh: '一轴', en: 'The axis' },
  clusters: { zh: '八组团', en: 'Eight clusters' },
  parks: { zh: '合作园区', en: 'Cooperation parks' },
  partners: { zh: '对口合作地区', en: 'Partner areas' },
  villages: { zh: '结对村', en: 'Paired villages' },
  links: { zh: '合作连线', en: 'Partner links' },
  rings: { zh: '距离圈', en: 'Distance rings' },
} as const satisfies Record<string, { zh: string; en: string }>;

const source = (id: string, url: string, title: { zh: string; en: string }): SourceDef => ({ id, url, title, attribution: 'planning', promoteId: 'id' });

export const PLANNING_SOURCES: SourceDef[] = [
  source(planSourceId('district'), districtUrl, { zh: '福田区（规划范围）', en: 'Futian District (plan area)' }),
  source(planSourceId('belts'), beltsUrl, PLAN_TITLES.belts),
  source(planSourceId('core'), coreUrl, PLAN_TITLES.core),
  source(planSourceId('axis'), axisUrl, PLAN_TITLES.axis),
  source(planSourceId('clusters'), clustersUrl, PLAN_TITLES.clusters),
  source(planSourceId('parks'), parksUrl, PLAN_TITLES.parks),
  source(planSourceId('partners'), partnersUrl, PLAN_TITLES.partners),
  source(planSourceId('villages'), villagesUrl, PLAN_TITLES.villages),
  { id: planSourceId('links'), url: linksUrl, title: PLAN_TITLES.links, attribution: 'planning' },
  { id: planSourceId('rings'), url: ringsUrl, title: PLAN_TITLES.rings, attribution: 'planning' },
];

/** A label's text colour: its layer's hue, darkened where needed to read at 4.5:1 on the white halo (WCAG AA). */
export const labelInk = (color: string) => inkOn(color, PLANNING_COLORS.labelHalo);

const label = (minzoom: number, size: number, color: string, extra: Record<string, unknown> = {}) => ({
  type: 'symbol' as const,
  minzoom,
  layout: {
    'text-size': size,
    // Names break only where the data breaks them (labelText in scripts/planning/build.ts), never mid-name.
    'text-max-width': 100,
    'text-padding': 2,
    ...extra,
  },
  paint: { 'text-color': labelInk(color), 'text-halo-color': PLANNING_COLORS.labelHalo, 'text-halo-width': 2 },
});

/** The name as the map writes it (with its line break, if any). */
const NAME = { zh: 'label_zh', en: 'label_en' };
/** A polygon zone is labelled at its one label point, not once per tile it crosses. */
const AT_LABEL_POINT: ExpressionSpecification = ['==', ['get', 'part'], 'label'];
/** A zone that is a point (a town, a village, a park), not a polygon's label point. */
const POINT_ZONE: ExpressionSpecification = ['all', ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'part'], 'label']];

const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const HOVERED: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * Selection and hover outlines, driven by feature-state (set by src/map/interaction.ts from the
 * store), so highlighting never rebuilds a layer.
 */
function highlight(defId: string): StyleLayer[] {
  return [
    {
      id: `${defId}-highlight-line`,
      type: 'line',
      filter: ['!=', ['geometry-type'], 'Point'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': '#111111',
        'line-width': ['case', SELECTED, 4, HOVERED, 2.5, 0],
        'line-opacity': ['case', SELECTED, 1, HOVERED, 0.75, 0],
      },
    },
    {
      id: `${defId}-highlight-point`,
      type: 'circle',
      filter: POINT_ZONE,
      paint: {
        'circle-radius': 12,
        'circle-opacity': 0,
        'circle-stroke-color': '#111111',
        'circle-stroke-width': ['case', SELECTED, 3, HOVERED, 2, 0],
        // An expression like the outline's: a faded layer's selection stays fully visible (src/map/layerState.ts).
        'circle-stroke-opacity': ['case', SELECTED, 1, HOVERED, 0.75, 0],
      },
    },
  ];
}

const beltColor: ExpressionSpecification = ['match', ['get', 'id'], 'belt-north', PLANNING_COLORS.beltNorth, 'belt-central', PLANNING_COLORS.beltCentral, PLANNING_COLORS.beltSouth];
const beltInk: ExpressionSpecification = ['match', ['get', 'id'], 'belt-north', labelInk(PLANNING_COLORS.beltNorth), 'belt-central', labelInk(PLANNING_COLORS.beltCentral), labelInk(PLANNING_COLORS.beltSouth)];

/**
 * A layer whose features are zones: a pointer hits what it draws (not its labels), and selection
 * and hover outlines are added above it.
 */
function zoneLayer(def: Omit<LayerDef, 'hitLayers'>): LayerDef {
  return { ...def, hitLayers: def.style.filter((l) => l.type !== 'symbol').map((l) => l.id), style: [...def.style, ...highlight(def.id)] };
}

/** The source of a planning group's zones (data/planning/<group>.geojson). */
export function planSourceId(group: string): string {
  return `plan-${group}`;
}

/** Partner links (Futian to areas 90–300 km away) are drawn up to this zoom: the regional scale. */
export const LINKS_MAX_ZOOM = 9.5;

/** Drawing order, bottom to top: the core's outline sits above the cluster it is built on. */
export const PLANNING_LAYERS: LayerDef[] = [
  zoneLayer({
    id: planSourceId('district'),
    group: 'layout',
    source: planSourceId('district'),
    title: { zh: '福田区', en: 'Futian District' },
    // Transparent: it is there to be clicked; the basemap already draws Futian's outline.
    style: [{ id: 'plan-district-fill', type: 'fill', paint: { 'fill-color': '#000000', 'fill-opacity': 0 } }],
  }),
  zoneLayer({
    id: 'belts',
    labelRank: 1,
    group: 'layout',
    source: planSourceId('belts'),
    onlineOverlay: true,
    title: PLAN_TITLES.belts,
    labelProperty: NAME,
    style: [
      { id: 'plan-belts-fill', type: 'fill', paint: { 'fill-color': beltColor, 'fill-opacity': 0.2 } },
      { id: 'plan-belts-line', type: 'line', paint: { 'line-color': beltColor, 'line-width': 2, 'line-dasharray': [3, 2] } },
      // Labelled at every zoom a step may frame the belts at (a 4K screen frames them at 13 and more).
      { id: 'plan-belts-label', filter: AT_LABEL_POINT, ...label(10, 12, '#333333', { 'symbol-placement': 'point', 'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.6 }), paint: { 'text-color': beltInk, 'text-halo-color': PLANNING_COLORS.labelHalo, 'text-halo-width': 2 } },
          ],
  }),
  zoneLayer({
    id: 'axis',
    labelRank: 2,
    group: 'layout',
    source: planSourceId('axis'),
    onlineOverlay: true,
    title: PLAN_TITLES.axis,
    labelProperty: NAME,
    style: [
      { id: 'plan-axis-corridor', type: 'fill', filter: ['==', ['get', 'part'], 'corridor'], paint: { 'fill-color': PLANNING_COLORS.axis, 'fill-opacity': 0.25 } },
      {
        id: 'plan-axis-line',
        type: 'line',
        filter: ['==', ['get', 'part'], 'centreline'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': PLANNING_COLORS.axis, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 2.5, 14, 6] },
      },
      { id: 'plan-axis-label', filter: AT_LABEL_POINT, ...label(9, 12, PLANNING_COLORS.axis, { 'text-variable-anchor': ['left', 'right', 'center'], 'text-radial-offset': 0.8 }) },
          ],
  }),
  zoneLayer({
    id: 'clusters',
    labelRank: 4,
    group: 'layout',
    source: planSourceId('clusters'),
    onlineOverlay: true,
    title: PLAN_TITLES.clusters,
    labelProperty: NAME,
    style: [
      { id: 'plan-clusters-fill', type: 'fill', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.25 } },
      { id: 'plan-clusters-line', type: 'line', layout: { 'line-join': 'round' }, paint: { 'line-color': PLANNING_COLORS.cluster, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 14, 2.2] } },
      { id: 'plan-clusters-label', filter: AT_LABEL_POINT, ...label(10, 13, PLANNING_COLORS.cluster, { 'text-variable-anchor': ['center', 'top', 'bottom'], 'text-radial-offset': 0.8 }) },
          ],
  }),
  zoneLayer({
    id: 'core',
    labelRank: 3,
    group: 'layout',
    source: planSourceId('core'),
    onlineOverlay: true,
    title: PLAN_TITLES.core,
    labelProperty: NAME,
    style: [
      { id: 'plan-core-fill', type: 'fill', paint: { 'fill-color': PLANNING_COLORS.core, 'fill-opacity': 0.12 } },
      { id: 'plan-core-line', type: 'line', layout: { 'line-join': 'round' }, paint: { 'line-color': PLANNING_COLORS.core, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 2, 14, 5], 'line-offset': -1 } },
      // Beside its label point rather than on it: the 中央活力区 cluster shares the core's middle
      // (and outranks it), so 一核's name goes below 中央活力区's, or above.
      { id: 'plan-core-label', filter: AT_LABEL_POINT, ...label(9, 12, PLANNING_COLORS.core, { 'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': 1.2 }) },
          ],
  }),
  {
    id: 'rings',
    labelRank: 3,
    group: 'cooperation',
    source: planSourceId('rings'),
    onlineOverlay: true,
    title: PLAN_TITLES.rings,
    labelProperty: { zh: 'label_zh', en: 'label_en' },
    style: [
      { id: 'plan-rings-line', type: 'line', filter: ['==', ['get', 'part'], 'ring'], paint: { 'line-color': PLANNING_COLORS.ring, 'line-width': 1.2, 'line-dasharray': [4, 3] } },
      { id: 'plan-rings-label', type: 'symbol', filter: ['==', ['get', 'part'], 'label'], layout: { 'text-size': 12, 'text-allow-overlap': true, 'text-ignore-placement': true }, paint: { 'text-color': PLANNING_COLORS.ring, 'text-halo-color': PLANNING_COLORS.labelHalo, 'text-halo-width': 1.6 } },
    ],
  },
  {
    id: 'links',
    // Above the partners' names: a link's length is placed first, and 小漠's name moves aside
    // (variable anchors) instead of running into it.
    labelRank: 4.5,
    group: 'cooperation',
    source: planSourceId('links'),
    onlineOverlay: true,
    title: PLAN_TITLES.links,
    labelProperty: { zh: 'label_zh', en: 'label_en' },
    style: [
      // Regional lines: at district scale they would only cross Futian's own plan (every export of it too).
      { id: 'plan-links-line', type: 'line', maxzoom: LINKS_MAX_ZOOM, filter: ['==', ['get', 'part'], 'link'], layout: { 'line-cap': 'round' }, paint: { 'line-color': PLANNING_COLORS.partnerLine, 'line-width': 1.6, 'line-dasharray': [2, 2], 'line-opacity': 0.85 } },
      {
        id: 'plan-links-label',
        type: 'symbol',
        filter: ['==', ['get', 'part'], 'label'],
        maxzoom: LINKS_MAX_ZOOM,
        // Short distance labels stay visible even where district names crowd the line (allow-overlap),
        // and keep the names placed after them clear of themselves (no ignore-placement).
        layout: { 'text-size': 12, 'text-allow-overlap': true },
        paint: { 'text-color': PLANNING_COLORS.partnerLine, 'text-halo-color': PLANNING_COLORS.labelHalo, 'text-halo-width': 2 },
      },
    ],
  },
  zoneLayer({
    id: 'parks',
    labelRank: 4,
    group: 'cooperation',
    source: planSourceId('parks'),
    onlineOverlay: true,
    title: PLAN_TITLES.parks,
    labelProperty: NAME,
    style: [
      { id: 'plan-parks-fill', type: 'fill', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': PLANNING_COLORS.beltSouth, 'fill-opacity': 0.3 } },
      { id: 'plan-parks-line', type: 'line', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'line-color': PLANNING_COLORS.beltSouth, 'line-width': 1.5, 'line-dasharray': [1, 1] } },
      { id: 'plan-parks-point', type: 'circle', filter: POINT_ZONE, paint: { 'circle-radius': 6, 'circle-color': PLANNING_COLORS.park, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
      { id: 'plan-parks-label', filter: ['==', ['geometry-type'], 'Point'], ...label(8, 12, PLANNING_COLORS.park, { 'text-anchor': 'top', 'text-offset': [0, 0.8] }) },
          ],
  }),
  zoneLayer({
    id: 'partners',
    labelRank: 4,
    group: 'cooperation',
    source: planSourceId('partners'),
    onlineOverlay: true,
    title: PLAN_TITLES.partners,
    labelProperty: NAME,
    style: [
      { id: 'plan-partners-fill', type: 'fill', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': PLANNING_COLORS.partner, 'fill-opacity': 0.35 } },
      { id: 'plan-partners-line', type: 'line', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'line-color': PLANNING_COLORS.partnerLine, 'line-width': 1.8 } },
      { id: 'plan-partners-point', type: 'circle', filter: POINT_ZONE, paint: { 'circle-radius': 8, 'circle-color': PLANNING_COLORS.partner, 'circle-stroke-color': PLANNING_COLORS.partnerLine, 'circle-stroke-width': 2.5 } },
      { id: 'plan-partners-label', filter: ['==', ['geometry-type'], 'Point'], ...label(5, 13, PLANNING_COLORS.partnerLine, { 'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.9 }) },
          ],
  }),
  zoneLayer({
    id: 'villages',
    labelRank: 4,
    group: 'cooperation',
    source: planSourceId('villages'),
    onlineOverlay: true,
    title: PLAN_TITLES.villages,
    labelProperty: NAME,
    style: [
      { id: 'plan-villages-point', type: 'circle', minzoom: 9, paint: { 'circle-radius': 5, 'circle-color': PLANNING_COLORS.village, 'circle-stroke-color': '#1b1b1b', 'circle-stroke-width': 1.5 } },
      { id: 'plan-villages-label', ...label(10, 12, '#1b1b1b', { 'text-anchor': 'top', 'text-offset': [0, 0.7] }) },
          ],
  }),
];
