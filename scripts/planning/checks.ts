/**
 * Checks on the planning GeoJSON, shared by the unit tests and `npm run validate:data`.
 * Each problem names the file, the feature id and what is wrong.
 */
import { area, booleanIntersects, booleanPointInPolygon, distance, intersect, kinks, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import gjv from 'geojson-validation';
import type { ZoneContent } from '../../src/content/types';
import { GROUP_OF_KIND, PLANNING_GROUPS, type PlanningGroup, ZONE_IDS } from '../../src/zones/ids';

export interface GeoProblem {
  file: string;
  id: string;
  message: string;
}

type Polygonal = Polygon | MultiPolygon;
type Files = Record<PlanningGroup, FeatureCollection>;

const KM2 = 1e6;
const isPolygonal = (g: Geometry): g is Polygonal => g.type === 'Polygon' || g.type === 'MultiPolygon';
const asFeature = (g: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry: g });

function overlapKm2(a: Polygonal, b: Polygonal): number {
  const shared = intersect(featureCollection([asFeature(a), asFeature(b)]) as FeatureCollection<Polygonal>);
  return shared ? area(shared) / KM2 : 0;
}

/** Plausible area ranges (km²); a typo in a coordinate shows up here first. */
const AREA_KM2: Record<string, [number, number]> = {
  futian: [74, 84],
  cluster: [0.8, 12],
  belt: [2, 30],
  core: [3, 10],
  axis: [1, 10],
  park: [0.2, 3],
  boluo: [2200, 3500],
  heping: [1800, 2800],
  xiangqiao: [80, 400],
};

export function checkPlanning(files: Files, zones: readonly ZoneContent[], basemapDistricts: FeatureCollection<Polygonal, { name_zh: string }>): GeoProblem[] {
  const problems: GeoProblem[] = [];
  const byId = new Map<string, Array<{ group: PlanningGroup; feature: Feature }>>();

  for (const group of PLANNING_GROUPS) {
    const file = `data/planning/${group}.geojson`;
    const collection = files[group];
    const errors = gjv.valid(collection, true) as string[];
    for (const e of errors) problems.push({ file, id: '-', message: `invalid GeoJSON: ${e}` });
    for (const [index, feature] of collection.features.entries()) {
      const id = String(feature.properties?.id ?? `#${index}`);
      const zone = zones.find((z) => z.id === id);
      if (!zone) {
        problems.push({ file, id, message: 'id is not a known zone' });
        continue;
      }
      if (GROUP_OF_KIND[zone.kind] !== group) problems.push({ file, id, message: `a ${zone.kind} belongs in ${GROUP_OF_KIND[zone.kind]}.geojson` });
      const p = feature.properties ?? {};
      if (p.kind !== zone.kind) problems.push({ file, id, message: `kind "${p.kind}" differs from content kind "${zone.kind}"` });
      if (p.name_zh !== zone.name.zh || p.name_en !== zone.name.en) problems.push({ file, id, message: 'names differ from data/content/zones.json' });
      for (const key of ['basis_zh', 'basis_en']) if (typeof p[key] !== 'string' || p[key].length < 10) problems.push({ file, id, message: `${key} must say how the geometry was drawn` });
      if (typeof p.accuracy_m !== 'number' || p.accuracy_m <= 0) problems.push({ file, id, message: 'accuracy_m must be a positive number' });
      if (isPolygonal(feature.geometry)) {
        const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
        for (const rings of polygons) {
          for (const ring of rings) if (ring.length < 4) problems.push({ file, id, message: 'degenerate ring (fewer than 4 positions)' });
          if (kinks({ type: 'Polygon', coordinates: rings }).features.length > 0) problems.push({ file, id, message: 'self-intersecting ring' });
        }
        const km2 = area(feature) / KM2;
        const range = AREA_KM2[id] ?? AREA_KM2[zone.kind];
        if (range && (km2 < range[0] || km2 > range[1])) problems.push({ file, id, message: `area ${km2.toFixed(2)} km² is outside the plausible ${range[0]}–${range[1]} km²` });
      }
      byId.set(id, [...(byId.get(id) ?? []), { group, feature }]);
    }
  }
  for (const id of ZONE_IDS) if (!byId.has(id)) problems.push({ file: 'data/planning/*', id, message: 'zone has no geometry' });

  const polygonOf = (id: string): Polygonal | undefined => byId.get(id)?.map((e) => e.feature.geometry).find(isPolygonal);
  const futian = polygonOf('futian');
  if (!futian) return problems;

  const clusters = zones.filter((z) => z.kind === 'cluster').map((z) => ({ id: z.id, geometry: polygonOf(z.id) })).filter((c): c is { id: typeof c.id; geometry: Polygonal } => Boolean(c.geometry));
  for (const c of clusters) {
    const inside = overlapKm2(c.geometry, futian) / (area(c.geometry) / KM2);
    if (inside < 0.95) problems.push({ file: 'data/planning/clusters.geojson', id: c.id, message: `only ${(inside * 100).toFixed(1)} % lies within Futian (needs ≥ 95 %)` });
  }
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      const shared = overlapKm2(clusters[i].geometry, clusters[j].geometry);
      if (shared > 0.01) problems.push({ file: 'data/planning/clusters.geojson', id: `${clusters[i].id} × ${clusters[j].id}`, message: `clusters overlap by ${shared.toFixed(3)} km² (tolerance 0.01 km²)` });
    }
  }

  const belts = zones.filter((z) => z.kind === 'belt');
  for (const belt of belts) {
    const geometry = polygonOf(belt.id);
    if (!geometry) continue;
    const members = zones.filter((z) => z.kind === 'cluster' && z.memberOf?.includes(belt.id));
    if (members.length === 0) problems.push({ file: 'data/planning/belts.geojson', id: belt.id, message: 'has no member clusters (memberOf in zones.json)' });
    for (const m of members) {
      const member = polygonOf(m.id);
      if (!member) continue;
      const share = overlapKm2(member, geometry) / (area(member) / KM2);
      if (share < 0.99) problems.push({ file: 'data/planning/belts.geojson', id: belt.id, message: `contains only ${(share * 100).toFixed(1)} % of member ${m.id}` });
    }
  }

  const axisParts = byId.get('axis') ?? [];
  const corridor = axisParts.find((e) => e.feature.properties?.part === 'corridor')?.feature.geometry;
  const centreline = axisParts.find((e) => e.feature.properties?.part === 'centreline')?.feature.geometry;
  if (!corridor || !centreline) problems.push({ file: 'data/planning/axis.geojson', id: 'axis', message: 'needs a corridor and a centreline' });
  else {
    // 北启梅林-彩田，东衔华强北，西联中央活力区，南接深港科技创新特别合作区 (003 Q11).
    for (const linked of ['meilin-caitian', 'huaqiang-shangbu', 'central-activity-zone', 'hetao']) {
      const g = polygonOf(linked);
      if (g && !booleanIntersects(asFeature(corridor), asFeature(g))) problems.push({ file: 'data/planning/axis.geojson', id: 'axis', message: `corridor does not touch ${linked}` });
    }
    for (const end of ['meilin-caitian', 'hetao']) {
      const g = polygonOf(end);
      if (g && !booleanIntersects(asFeature(centreline), asFeature(g))) problems.push({ file: 'data/planning/axis.geojson', id: 'axis', message: `centre line does not reach ${end}` });
    }
  }

  const core = polygonOf('core');
  const caz = polygonOf('central-activity-zone');
  if (core && caz && overlapKm2(core, caz) / (area(caz) / KM2) < 0.99) problems.push({ file: 'data/planning/core.geojson', id: 'core', message: 'must cover the Central Activity Zone it is built on' });

  const pointOf = (id: string) => byId.get(id)?.map((e) => e.feature.geometry).find((g): g is Point => g.type === 'Point');
  const haifeng = basemapDistricts.features.find((d) => d.properties.name_zh === '海丰县');
  const xiaomo = pointOf('xiaomo');
  if (xiaomo && haifeng && !booleanPointInPolygon(xiaomo, haifeng)) problems.push({ file: 'data/planning/partners.geojson', id: 'xiaomo', message: 'must lie in 海丰县, where the Shenzhen-Shanwei zone is' });
  for (const v of ['nanxiang', 'dongwang', 'wangyu']) {
    const p = pointOf(v);
    if (p && xiaomo && distance(p, xiaomo, { units: 'kilometers' }) > 5) problems.push({ file: 'data/planning/villages.geojson', id: v, message: 'must be within 5 km of Xiaomo' });
    if (p && haifeng && !booleanPointInPolygon(p, haifeng)) problems.push({ file: 'data/planning/villages.geojson', id: v, message: 'must lie on land in 海丰县' });
  }
  for (const [park, county] of [['boluo-park', 'boluo'], ['heping-park', 'heping']] as const) {
    const p = pointOf(park);
    const c = polygonOf(county);
    if (p && c && !booleanPointInPolygon(p, c)) problems.push({ file: 'data/planning/parks.geojson', id: park, message: `must lie in ${county}` });
  }
  return problems;
}
