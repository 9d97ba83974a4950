/**
 * Checks that the planning outlines agree with the reference layer and with the world:
 * - every vertex of a road-drawn outline lies within 50 m of a line the outline names, or of
 *   Futian's land boundary (where a side follows the district or the river), and every named
 *   line really carries part of the outline;
 * - no Futian zone overlaps Hong Kong land;
 * - each published area is met within 10 %.
 * Shared by scripts/planning/planning.test.ts and `npm run validate:data`.
 */
import { area, featureCollection, intersect, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { PlanningGroup } from '../../src/zones/ids';
import type { GeoProblem } from './checks';
import type { Drawn } from '../reference/types';
import { landOf, referenceLines } from './build';
import type { Outlines } from './outlines';
import { isDistrictSide, type Side } from './rings';

type Polygonal = Polygon | MultiPolygon;
type Files = Record<PlanningGroup, FeatureCollection>;

export const EDGE_TOLERANCE_M = 50;
export const AREA_TOLERANCE = 0.1;
/** Overlap with Hong Kong land above this is a zone drawn across the border, not rounding. */
const HK_OVERLAP_KM2 = 0.001;

const isPolygonal = (g: Geometry): g is Polygonal => g.type === 'Polygon' || g.type === 'MultiPolygon';
const asFeature = (g: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry: g });

function polygonOf(files: Files, id: string): { file: string; geometry: Polygonal } | undefined {
  for (const [group, collection] of Object.entries(files)) {
    const f = collection.features.find((x) => x.properties?.id === id && isPolygonal(x.geometry) && x.properties?.part !== 'centreline');
    if (f) return { file: `data/planning/${group}.geojson`, geometry: f.geometry as Polygonal };
  }
  return undefined;
}

const ringsOf = (g: Polygonal): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
const linesOf = (g: Polygonal): LineString[] => ringsOf(g).map((coordinates) => ({ type: 'LineString', coordinates }));
const nearestM = (p: Position, lines: readonly LineString[]) => Math.min(...lines.map((l) => pointToLineDistance(p, l, { units: 'meters' })));

/** Outlines drawn along named reference lines: each cluster, and the axis corridor. */
export function checkEdgesFollowLines(files: Files, outlines: Outlines, lineOf: (id: string) => Position[] | undefined, land: Polygonal): GeoProblem[] {
  const problems: GeoProblem[] = [];
  const boundary = linesOf(land);
  const drawn: Array<{ id: string; sides: Side[] }> = [...outlines.clusters, { id: outlines.axis.id, sides: outlines.axis.sides }];
  for (const { id, sides } of drawn) {
    const zone = polygonOf(files, id);
    if (!zone) continue;
    const named = sides.filter((s): s is string => !isDistrictSide(s));
    const lines = named.map((n) => ({ id: n, path: lineOf(n) }));
    for (const l of lines) if (!l.path) problems.push({ file: 'data/planning/outlines.json', id, message: `names "${l.id}", which is not a line in data/reference/drawn.json` });
    const known = lines.filter((l): l is { id: string; path: Position[] } => Boolean(l.path)).map((l) => ({ id: l.id, line: { type: 'LineString' as const, coordinates: l.path } }));
    const vertices = ringsOf(zone.geometry).flatMap((ring) => ring.slice(0, -1));
    const carried = new Map(known.map((l) => [l.id, 0]));
    let worst: { at: Position; m: number } | null = null;
    for (const v of vertices) {
      const toLines = known.map((l) => ({ id: l.id, m: pointToLineDistance(v, l.line, { units: 'meters' }) }));
      for (const t of toLines) if (t.m <= EDGE_TOLERANCE_M) carried.set(t.id, (carried.get(t.id) ?? 0) + 1);
      const m = Math.min(...toLines.map((t) => t.m), nearestM(v, boundary));
      if (m > EDGE_TOLERANCE_M && (!worst || m > worst.m)) worst = { at: v, m };
    }
    if (worst) problems.push({ file: zone.file, id, message: `an outline vertex at ${worst.at.map((x) => x.toFixed(5)).join(',')} lies ${Math.round(worst.m)} m from every line it names and from Futian's boundary (tolerance ${EDGE_TOLERANCE_M} m)` });
    for (const [line, count] of carried) if (count < 2) problems.push({ file: zone.file, id, message: `names "${line}" as a side, but the outline does not run along it` });
  }
  return problems;
}

/** No zone of Futian's own plan may reach into Hong Kong (the Loop, which is in Hong Kong, aside). */
export function checkNotInHongKong(files: Files, hongKong: Polygonal, inHongKong: readonly string[]): GeoProblem[] {
  const problems: GeoProblem[] = [];
  for (const group of ['clusters', 'belts', 'core', 'axis'] as const) {
    for (const f of files[group].features) {
      const id = String(f.properties?.id);
      if (!isPolygonal(f.geometry) || inHongKong.includes(id)) continue;
      const shared = intersect(featureCollection([asFeature(f.geometry), asFeature(hongKong)]) as FeatureCollection<Polygonal>);
      const km2 = shared ? area(shared) / 1e6 : 0;
      if (km2 > HK_OVERLAP_KM2) problems.push({ file: `data/planning/${group}.geojson`, id, message: `overlaps Hong Kong land by ${km2.toFixed(3)} km²` });
    }
  }
  return problems;
}

/** Each published area (outlines.json `published`) is met within AREA_TOLERANCE. */
export function checkPublishedAreas(files: Files, outlines: Outlines): GeoProblem[] {
  const problems: GeoProblem[] = [];
  for (const p of outlines.published) {
    const zone = polygonOf(files, p.id);
    if (!zone) {
      problems.push({ file: 'data/planning/outlines.json', id: p.id, message: 'has a published area but no polygon' });
      continue;
    }
    const km2 = area(asFeature(zone.geometry)) / 1e6;
    const off = km2 / p.km2 - 1;
    if (Math.abs(off) > AREA_TOLERANCE) problems.push({ file: zone.file, id: p.id, message: `area ${km2.toFixed(2)} km² misses the published ${p.km2} km² by ${(off * 100).toFixed(0)} % (tolerance ${AREA_TOLERANCE * 100} %)` });
  }
  return problems;
}

/** Hong Kong's land as the basemap draws it (data/basemap/land-detail.geojson, key "hkg"). */
export function hongKongLand(landDetail: FeatureCollection): Polygonal {
  const hk = landDetail.features.find((f) => f.properties?.key === 'hkg');
  if (!hk || !isPolygonal(hk.geometry)) throw new Error('no Hong Kong land in land-detail.geojson');
  return hk.geometry;
}

export interface ReferenceInputs {
  outlines: Outlines;
  drawn: Drawn;
  /** data/basemap/futian.geojson's polygon. */
  futian: Polygonal;
  landDetail: FeatureCollection;
}

/** All three checks, as `npm run validate:data` and the pipeline tests run them. */
export function checkAgainstReference(files: Files, inputs: ReferenceInputs): GeoProblem[] {
  const lines = referenceLines(inputs.drawn);
  return [
    ...checkEdgesFollowLines(files, inputs.outlines, (id) => lines.get(id)?.path, landOf(inputs.futian, inputs.drawn)),
    ...checkNotInHongKong(files, hongKongLand(inputs.landDetail), [inputs.outlines.hetaoLoop.id]),
    ...checkPublishedAreas(files, inputs.outlines),
  ];
}
