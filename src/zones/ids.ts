/**
 * Zone ids are public: deep links, embeds and the host API use them, so they never change.
 * This one list is used by the data checks, the URL codec and the UI.
 */
export const ZONE_IDS = [
  'futian',
  'core',
  'belt-north',
  'belt-central',
  'belt-south',
  'axis',
  'central-activity-zone',
  'hetao',
  'xiangmihu',
  'huaqiang-shangbu',
  'chegongmiao-tianan',
  'meilin-caitian',
  'jindi-shatou',
  'bagualing',
  'hetao-loop',
  'boluo',
  'xiangqiao',
  'heping',
  'xiaomo',
  'nanxiang',
  'dongwang',
  'wangyu',
  'boluo-park',
  'heping-park',
] as const;

export type ZoneId = (typeof ZONE_IDS)[number];

export function isZoneId(value: string): value is ZoneId {
  return (ZONE_IDS as readonly string[]).includes(value);
}

export const ZONE_KINDS = ['district', 'core', 'belt', 'axis', 'cluster', 'partner', 'village', 'park'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/**
 * Planning layer groups, one GeoJSON file each under data/planning/ (`<group>.geojson`).
 * Order is drawing order, bottom to top.
 */
export const PLANNING_GROUPS = ['district', 'belts', 'core', 'axis', 'clusters', 'parks', 'partners', 'villages'] as const;
export type PlanningGroup = (typeof PLANNING_GROUPS)[number];

/** Where each kind of zone is drawn. */
export const GROUP_OF_KIND: Record<ZoneKind, PlanningGroup> = {
  district: 'district',
  core: 'core',
  belt: 'belts',
  axis: 'axis',
  cluster: 'clusters',
  partner: 'partners',
  village: 'villages',
  park: 'parks',
};

/**
 * Where zones overlap, a click picks the most specific (highest number); the others are offered.
 * A cluster inside a belt wins over the belt; the core shares the Central Activity Zone's outline
 * and yields to it.
 */
export const SPECIFICITY: Record<ZoneKind, number> = {
  district: 0,
  partner: 1,
  core: 2,
  belt: 3,
  axis: 4,
  cluster: 5,
  park: 6,
  village: 7,
};
