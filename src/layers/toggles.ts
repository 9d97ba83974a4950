/**
 * What the layer panel switches and the legend explains, as data. Each toggle names the layer
 * definitions it governs; the legend is derived from these entries (never a second list).
 */
import { zoneById } from '../content';
import type { ZoneId } from '../zones/ids';
import { type LegendEntry, legendEntry } from './swatch';
import type { Localized } from './types';
import { PLAN_TITLES } from './planning';
import { REFERENCE_TITLES } from './reference';

export type { LegendEntry, Swatch } from './swatch';

const BELT_LAYERS = ['plan-belts-fill', 'plan-belts-line'];

/** A zone's name as the map writes it: the legend says what the map says (data/content/zones.json). */
function mapNameOf(id: ZoneId): Localized {
  const zone = zoneById(id);
  return zone.mapName ?? zone.name;
}

export const TOGGLE_GROUPS = ['layout', 'cooperation', 'reference', 'basemap'] as const;
export type ToggleGroup = (typeof TOGGLE_GROUPS)[number];

export interface ToggleDef {
  /** Public: used in `?layers=`. */
  id: string;
  group: ToggleGroup;
  title: Localized;
  /** LayerDef ids this toggle shows, hides and fades. */
  layers: string[];
  defaultVisible: boolean;
  legend: LegendEntry[];
}

export const TOGGLES: readonly ToggleDef[] = [
  {
    id: 'core',
    group: 'layout',
    title: PLAN_TITLES.core,
    layers: ['core'],
    defaultVisible: true,
    legend: [legendEntry(mapNameOf('core'), ['plan-core-fill', 'plan-core-line'])],
  },
  {
    id: 'belts',
    group: 'layout',
    title: PLAN_TITLES.belts,
    layers: ['belts'],
    defaultVisible: true,
    legend: [
      legendEntry(mapNameOf('belt-north'), BELT_LAYERS, { featureId: 'belt-north' }),
      legendEntry(mapNameOf('belt-central'), BELT_LAYERS, { featureId: 'belt-central' }),
      legendEntry(mapNameOf('belt-south'), BELT_LAYERS, { featureId: 'belt-south' }),
    ],
  },
  {
    id: 'axis',
    group: 'layout',
    title: PLAN_TITLES.axis,
    layers: ['axis'],
    defaultVisible: true,
    legend: [legendEntry(mapNameOf('axis'), ['plan-axis-corridor', 'plan-axis-line'])],
  },
  {
    id: 'clusters',
    group: 'layout',
    title: PLAN_TITLES.clusters,
    layers: ['clusters'],
    defaultVisible: true,
    legend: [legendEntry({ zh: '组团（示意范围）', en: 'Cluster (schematic outline)' }, ['plan-clusters-fill', 'plan-clusters-line'])],
  },
  {
    id: 'partners',
    group: 'cooperation',
    title: PLAN_TITLES.partners,
    layers: ['partners'],
    defaultVisible: true,
    legend: [
      legendEntry({ zh: '对口合作县区', en: 'Partner county or district' }, ['plan-partners-fill', 'plan-partners-line']),
      legendEntry({ zh: '结对镇（位置为估计）', en: 'Paired town (estimated position)' }, ['plan-partners-point']),
    ],
  },
  {
    id: 'villages',
    group: 'cooperation',
    title: PLAN_TITLES.villages,
    layers: ['villages'],
    defaultVisible: true,
    legend: [legendEntry({ zh: '结对村（示意位置）', en: 'Paired village (schematic position)' }, ['plan-villages-point'])],
  },
  {
    id: 'parks',
    group: 'cooperation',
    title: PLAN_TITLES.parks,
    layers: ['parks'],
    defaultVisible: true,
    legend: [
      legendEntry({ zh: '共建产业园（县级位置）', en: 'Co-built park (county-level position)' }, ['plan-parks-point']),
      legendEntry({ zh: '河套A区（近似范围）', en: 'Loop Area A (approximate)' }, ['plan-parks-fill', 'plan-parks-line']),
    ],
  },
  {
    id: 'links',
    group: 'cooperation',
    title: PLAN_TITLES.links,
    layers: ['links'],
    defaultVisible: true,
    legend: [legendEntry({ zh: '福田至合作地区（大圆直线距离）', en: 'Futian to partner area (great-circle distance)' }, ['plan-links-line'])],
  },
  {
    id: 'rings',
    group: 'cooperation',
    title: PLAN_TITLES.rings,
    layers: ['rings'],
    defaultVisible: false,
    legend: [legendEntry({ zh: '距福田 50/100/200/300 公里', en: '50/100/200/300 km from Futian' }, ['plan-rings-line'])],
  },
  {
    id: 'roads',
    group: 'reference',
    title: REFERENCE_TITLES.roads,
    layers: ['ref-roads', 'ref-road-labels'],
    defaultVisible: true,
    legend: [legendEntry({ zh: '道路（本项目绘制，约 ±150 米）', en: 'Road (drawn by the project, about ±150 m)' }, ['ref-road-casing', 'ref-road-minor'])],
  },
  {
    id: 'water',
    group: 'reference',
    title: REFERENCE_TITLES.water,
    layers: ['ref-water', 'ref-water-labels'],
    defaultVisible: true,
    legend: [legendEntry({ zh: '河流、湖泊（本项目绘制，约 ±200 米）', en: 'River or lake (drawn by the project, about ±200 m)' }, ['ref-water-fill', 'ref-river-line'])],
  },
  {
    id: 'green',
    group: 'reference',
    title: { zh: '公园绿地', en: 'Parks' },
    layers: ['ref-green', 'ref-green-labels'],
    defaultVisible: true,
    legend: [
      legendEntry({ zh: '公园（近似范围）', en: 'Park (approximate extent)' }, ['ref-green-fill']),
      legendEntry({ zh: '红树林保护区（近似范围）', en: 'Mangrove reserve (approximate extent)' }, ['ref-reserve-fill', 'ref-reserve-line']),
    ],
  },
  {
    id: 'metro',
    group: 'reference',
    title: REFERENCE_TITLES.metro,
    layers: ['ref-rail', 'ref-station-labels'],
    defaultVisible: true,
    legend: [
      // Each line has its own colour (data/reference/drawn.json); the legend shows Line 7's.
      // Line 7's colour from data/reference/drawn.json (toggles.test.ts fails if the data changes it).
      legendEntry({ zh: '地铁线（站间示意直线）', en: 'Metro line (straight between stations)' }, ['ref-rail-line'], { props: { color: '#2a5aa8' } }),
      legendEntry({ zh: '地铁站（约 ±150 米）', en: 'Metro station (about ±150 m)' }, ['ref-station-point']),
    ],
  },
  {
    id: 'landmarks',
    group: 'reference',
    title: REFERENCE_TITLES.landmarks,
    layers: ['ref-places', 'ref-place-labels', 'ref-border-labels'],
    defaultVisible: true,
    legend: [legendEntry({ zh: '地标、口岸（位置为估计）', en: 'Landmark or border crossing (estimated position)' }, ['ref-place-point'])],
  },
  {
    id: 'futian',
    group: 'basemap',
    title: { zh: '福田区界', en: 'Futian boundary' },
    layers: ['futian'],
    defaultVisible: true,
    // 区界, not the bare name: an export of 福田区 selected also lists "选中：福田区" (one name, two symbols).
    legend: [legendEntry({ zh: '福田区界', en: 'Futian District boundary' }, ['futian-fill', 'futian-line'])],
  },
  {
    id: 'boundaries',
    group: 'basemap',
    title: { zh: '行政区界', en: 'Administrative boundaries' },
    layers: ['districts-regional', 'districts-detail', 'cities'],
    defaultVisible: true,
    legend: [
      legendEntry({ zh: '地级市界', en: 'City boundary' }, ['cities-line']),
      legendEntry({ zh: '区县界', en: 'District or county boundary' }, ['districts-regional-line', 'districts-detail-line']),
    ],
  },
  {
    id: 'labels',
    group: 'basemap',
    title: { zh: '地名', en: 'Place names' },
    layers: ['place-labels'],
    defaultVisible: true,
    legend: [],
  },
];

export const TOGGLE_IDS = TOGGLES.map((t) => t.id);

export function isToggleId(value: string): boolean {
  return TOGGLE_IDS.includes(value);
}

export type Visibility = Record<string, boolean>;
export type Opacity = Record<string, number>;

export const DEFAULT_VISIBILITY: Visibility = Object.fromEntries(TOGGLES.map((t) => [t.id, t.defaultVisible]));
export const DEFAULT_OPACITY: Opacity = Object.fromEntries(TOGGLES.map((t) => [t.id, 1]));

/** Visibility where exactly the given toggles are on (a `layers=` list, a briefing step, a host command). */
export function visibilityFrom(visibleIds: readonly string[]): Visibility {
  return Object.fromEntries(TOGGLE_IDS.map((id) => [id, visibleIds.includes(id)]));
}

/** Legend rows for what is visible, in panel order. */
export function legendFor(visibility: Visibility): Array<{ toggle: ToggleDef; entries: LegendEntry[] }> {
  return TOGGLES.filter((t) => visibility[t.id] && t.legend.length > 0).map((t) => ({ toggle: t, entries: t.legend }));
}
