/**
 * The reference pipeline: data/reference/drawn.json → data/reference/reference.geojson, one
 * feature per road, river, area, metro line, station and place. Every feature carries `layer`
 * (what it is, for the style's filters), `id`, names, `accuracy_m` and `basis_zh`/`basis_en`
 * (how it was drawn). Deterministic; reads nothing outside this repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { roundPositions } from '../basemap/datum';
import { buffer } from '@turf/turf';
import type { DefaultKind, Drawn, DrawnRiver } from './types';

export { ROOT } from '../lib/root';
import { ROOT } from '../lib/root';
const DECIMALS = 5;

export type ReferenceLayer = 'road' | 'river' | 'water' | 'green' | 'reserve' | 'rail' | 'station' | 'place';

export interface ReferenceProps {
  layer: ReferenceLayer;
  id: string;
  name_zh: string;
  name_en: string;
  accuracy_m: number;
  basis_zh: string;
  basis_en: string;
  /** Roads: arterial or minor; places: their kind. */
  class?: string;
  /** Metro lines: the line's colour; stations: the lines that stop there. */
  color?: string;
  lines?: string;
}

export function readDrawn(): Drawn {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'data/reference/drawn.json'), 'utf8')) as Drawn;
}

/** A wide river's channel as a polygon: its centre line widened by its half width. */
export function riverChannel(river: DrawnRiver): Polygon | MultiPolygon | null {
  if (!river.halfWidthM) return null;
  const widened = buffer({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: river.path } }, river.halfWidthM, { units: 'meters', steps: 4 });
  return widened ? widened.geometry : null;
}

export function buildReference(drawn: Drawn = readDrawn()): FeatureCollection<Geometry, ReferenceProps> {
  const features: Feature<Geometry, ReferenceProps>[] = [];
  const add = (layer: ReferenceLayer, kind: DefaultKind, item: { id: string; zh: string; en: string; accuracyM?: number }, geometry: Geometry, extra: Partial<ReferenceProps> = {}) => {
    const d = drawn.defaults[kind];
    const accuracy = item.accuracyM ?? d.accuracyM;
    features.push({
      type: 'Feature',
      properties: {
        layer,
        id: item.id,
        name_zh: item.zh,
        name_en: item.en,
        accuracy_m: accuracy,
        basis_zh: `${d.how.zh}；精度约 ±${accuracy} 米。`,
        basis_en: `${d.how.en}; accurate to about ±${accuracy} m.`,
        ...extra,
      },
      geometry: roundPositions(geometry, DECIMALS),
    });
  };

  for (const a of drawn.areas) add(a.kind, 'area', a, { type: 'Polygon', coordinates: [[...a.ring, a.ring[0]]] });
  for (const r of drawn.rivers) {
    const channel = riverChannel(r);
    if (channel) add('water', 'river', r, channel);
    add('river', 'river', r, { type: 'LineString', coordinates: r.path });
  }
  for (const r of drawn.roads) add('road', r.class === 'minor' ? 'minor' : 'road', r, { type: 'LineString', coordinates: r.path }, { class: r.class });

  const stationById = new Map(drawn.stations.map((s) => [s.id, s]));
  for (const line of drawn.lines) {
    const coordinates = line.stations.map((id) => {
      const s = stationById.get(id);
      if (!s) throw new Error(`${line.id}: unknown station "${id}"`);
      return s.lngLat;
    });
    add('rail', 'rail', line, { type: 'LineString', coordinates }, { color: line.color });
  }
  for (const s of drawn.stations) {
    const serving = drawn.lines.filter((l) => l.stations.includes(s.id));
    if (serving.length === 0) throw new Error(`station ${s.id} is on no line`);
    add('station', 'station', s, { type: 'Point', coordinates: s.lngLat }, { lines: serving.map((l) => l.en.replace('Line ', '')).join('/'), color: serving[0].color });
  }
  for (const p of drawn.places) add('place', 'place', p, { type: 'Point', coordinates: p.lngLat }, { class: p.kind });
  return { type: 'FeatureCollection', features };
}
