/**
 * Checks on the reference layer (data/reference/), shared by its tests and `npm run
 * validate:data`: valid GeoJSON; every feature says what it is, how it was drawn and how far to
 * trust it; the features a planner orients by are all there; and no road is a grid line (a
 * constant latitude or longitude, as version one's outlines were).
 */
import { bearing, lineString, nearestPointOnLine } from '@turf/turf';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import gjv from 'geojson-validation';
import type { GeoProblem } from '../planning/checks';
import type { Drawn, DrawnRoad } from './types';

const FILE = 'data/reference/reference.geojson';
/** Futian and its edges: nothing here lies far outside. */
const BBOX = [113.94, 22.47, 114.16, 22.62] as const;

/** What issue 13 asks the layer to hold, by Chinese name (广深高速 is not drawn: see SOURCES.md). */
export const REQUIRED = {
  road: ['深南大道', '北环大道', '滨河大道', '滨海大道', '红荔路', '莲花路', '福中路', '笋岗西路', '泥岗西路', '梅林路', '香蜜湖路', '新洲路', '益田路', '金田路', '彩田路', '皇岗路', '华富路', '华强北路', '上步路', '八卦路'],
  river: ['深圳河', '福田河', '新洲河', '凤塘河'],
  water: ['香蜜湖'],
  green: ['莲花山公园', '深圳中心公园', '笔架山公园', '香蜜公园', '深圳湾公园'],
  reserve: ['福田红树林自然保护区'],
  place: ['市民中心', '会展中心', '深交所', '福田口岸', '皇岗口岸', '落马洲', '香港', '深圳湾', '福田站（高铁）'],
  rail: ['1号线', '2号线', '3号线', '4号线', '7号线', '9号线', '10号线', '11号线', '14号线'],
} as const;

function positionsOf(g: Geometry): Position[] {
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(positionsOf);
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString' || g.type === 'MultiPoint') return g.coordinates;
  if (g.type === 'Polygon' || g.type === 'MultiLineString') return g.coordinates.flat();
  return g.coordinates.flat(2);
}

/**
 * Where a road's course is known (DrawnRoad.knownCourse): both points lie within the road's
 * accuracy of the drawn line, and the drawn line between them runs on the known bearing.
 */
export function courseProblems(road: DrawnRoad, accuracyM: number): GeoProblem[] {
  const course = road.knownCourse;
  if (!course) return [];
  const line = lineString(road.path);
  const problems: GeoProblem[] = [];
  const snapped = [course.from, course.to].map((at) => nearestPointOnLine(line, at, { units: 'meters' }));
  for (const [k, hit] of snapped.entries()) {
    const off = hit.properties.dist ?? Number.POSITIVE_INFINITY;
    if (off > accuracyM) problems.push({ file: 'data/reference/drawn.json', id: road.id, message: `passes ${Math.round(off)} m from ${[course.from, course.to][k].join(',')} (${course.source}; accuracy ${accuracyM} m)` });
  }
  const drawnBearing = (bearing(snapped[0].geometry.coordinates, snapped[1].geometry.coordinates) + 360) % 360;
  const off = Math.abs(((drawnBearing - course.bearingDeg + 540) % 360) - 180);
  if (off > course.toleranceDeg) problems.push({ file: 'data/reference/drawn.json', id: road.id, message: `runs at ${Math.round(drawnBearing)}° between its known points, not ${course.bearingDeg}° ± ${course.toleranceDeg}° (${course.source})` });
  return problems;
}

export function checkReferenceData(drawn: Drawn, reference: FeatureCollection): GeoProblem[] {
  const problems: GeoProblem[] = [];
  for (const e of gjv.valid(reference, true) as string[]) problems.push({ file: FILE, id: '-', message: `invalid GeoJSON: ${e}` });
  const seen = new Set<string>();
  for (const [i, f] of reference.features.entries()) {
    const p = f.properties ?? {};
    const id = `${String(p.layer)}:${String(p.id ?? `#${i}`)}`;
    if (seen.has(id)) problems.push({ file: FILE, id, message: 'duplicate id in its layer' });
    seen.add(id);
    for (const key of ['name_zh', 'name_en']) if (typeof p[key] !== 'string' || p[key].length === 0) problems.push({ file: FILE, id, message: `${key} is missing` });
    for (const key of ['basis_zh', 'basis_en']) if (typeof p[key] !== 'string' || p[key].length < 10) problems.push({ file: FILE, id, message: `${key} must say how it was drawn` });
    if (typeof p.accuracy_m !== 'number' || !(p.accuracy_m > 0)) problems.push({ file: FILE, id, message: 'accuracy_m must be a positive number' });
    const outside = positionsOf(f.geometry).find(([x, y]) => x < BBOX[0] || x > BBOX[2] || y < BBOX[1] || y > BBOX[3]);
    if (outside) problems.push({ file: FILE, id, message: `position ${outside.join(',')} lies outside the Futian area` });
  }
  for (const [layer, names] of Object.entries(REQUIRED)) {
    for (const name of names) if (!reference.features.some((f) => f.properties?.layer === layer && f.properties?.name_zh === name)) problems.push({ file: FILE, id: `${layer}:${name}`, message: 'is required and missing' });
  }
  for (const road of drawn.roads) {
    if (road.knownCourse) problems.push(...courseProblems(road, road.accuracyM ?? drawn.defaults[road.class === 'arterial' ? 'road' : 'minor'].accuracyM));
    const lats = new Set(road.path.map((p) => p[1]));
    const lngs = new Set(road.path.map((p) => p[0]));
    if (road.path.length >= 2 && (lats.size === 1 || lngs.size === 1)) problems.push({ file: 'data/reference/drawn.json', id: road.id, message: 'is a constant latitude or longitude: draw the road where it runs' });
  }
  return problems;
}
