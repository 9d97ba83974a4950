/**
 * The planning GeoJSON: re-built and compared with the committed files (drift), checked as it is
 * (valid), and checked again after deliberate damage (each check can fail).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { distanceKm, labelPoint } from '../../src/geo/measure';
import { describe, expect, it } from 'vitest';
import { ZONES } from '../../src/content';
import type { ZoneContent } from '../../src/content/types';
import { PLANNING_GROUPS, type PlanningGroup } from '../../src/zones/ids';
import { serializeFeatureCollection } from '../lib/serialize';
import { buildPlanning, ROOT } from './build';
import { checkPlanning } from './checks';

type Files = Record<PlanningGroup, FeatureCollection>;

const read = (relative: string) => JSON.parse(fs.readFileSync(path.join(ROOT, relative), 'utf8'));
const committed = (): Files => Object.fromEntries(PLANNING_GROUPS.map((g) => [g, read(`data/planning/${g}.geojson`)])) as Files;
const districts = read('data/basemap/districts-detail.geojson') as FeatureCollection<Polygon | MultiPolygon, { name_zh: string }>;

function feature(files: Files, group: PlanningGroup, id: string): Feature {
  const f = files[group].features.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`${id} not in ${group}`);
  return f;
}

function shift(f: Feature, dLng: number, dLat: number): void {
  const g = f.geometry as Polygon;
  g.coordinates = g.coordinates.map((ring) => ring.map(([x, y]) => [x + dLng, y + dLat]));
}

const messages = (files: Files, zones: readonly ZoneContent[] = ZONES) => checkPlanning(files, zones, districts).map((p) => `${p.file} ${p.id}: ${p.message}`);

describe('planning data', () => {
  it('is exactly what scripts/build-planning.ts makes (no drift)', () => {
    const { groups, analysis } = buildPlanning();
    for (const [name, collection] of [...Object.entries(groups), ...Object.entries(analysis)]) {
      expect(fs.readFileSync(path.join(ROOT, `data/planning/${name}.geojson`), 'utf8'), `data/planning/${name}.geojson`).toBe(serializeFeatureCollection(collection));
    }
  });

  it('passes every check', () => {
    expect(messages(committed())).toEqual([]);
  });
});

describe('analysis layers', () => {
  const { analysis } = buildPlanning();
  it('link Futian to the four partner areas, with their distances in both languages', () => {
    const lines = analysis.links.features.filter((f) => f.properties?.part === 'link').map((f) => f.properties);
    const labels = analysis.links.features.filter((f) => f.properties?.part === 'label').map((f) => f.properties);
    expect(lines.map((p) => p?.to)).toEqual(['boluo', 'heping', 'xiangqiao', 'xiaomo']);
    for (const p of labels) expect(p?.label_zh).toMatch(/^\d+ 公里$/);
    expect(labels.find((p) => p?.to === 'xiangqiao')?.label_en).toMatch(/^\d{3} km$/);
  });
  it('draw rings at 50, 100, 200 and 300 km whose radius Turf measures back', () => {
    const rings = analysis.rings.features.filter((f) => f.properties?.part === 'ring');
    expect(rings.map((f) => f.properties?.km)).toEqual([50, 100, 200, 300]);
    const centre = labelPoint(feature(committed(), 'district', 'futian').geometry);
    for (const ring of rings) {
      const line = ring.geometry as LineString;
      for (const vertex of line.coordinates.filter((_, i) => i % 16 === 0)) {
        expect(distanceKm(centre, vertex as [number, number])).toBeCloseTo(ring.properties?.km, 0);
      }
    }
  });
});

describe('the checks fail on broken data', () => {
  it('a cluster moved out of Futian', () => {
    const files = committed();
    shift(feature(files, 'clusters', 'bagualing'), 0.05, 0);
    expect(messages(files)).toEqual(expect.arrayContaining([expect.stringMatching(/bagualing: only .* % lies within Futian/)]));
  });

  it('two clusters overlapping', () => {
    const files = committed();
    shift(feature(files, 'clusters', 'xiangmihu'), 0.01, 0);
    expect(messages(files)).toEqual(expect.arrayContaining([expect.stringMatching(/central-activity-zone × xiangmihu: clusters overlap/)]));
  });

  it('a belt that no longer contains a member', () => {
    const files = committed();
    shift(feature(files, 'belts', 'belt-north'), 0, -0.02);
    expect(messages(files)).toEqual(expect.arrayContaining([expect.stringMatching(/belt-north: contains only .* of member bagualing/)]));
  });

  it('an axis that misses a zone it links', () => {
    const files = committed();
    const centreline = files.axis.features.find((f) => f.properties?.part === 'centreline');
    if (centreline?.geometry.type !== 'LineString') throw new Error('no centreline');
    centreline.geometry.coordinates = centreline.geometry.coordinates.map(([x, y]) => [x + 0.004, Math.max(y, 22.53)]);
    expect(messages(files)).toEqual(expect.arrayContaining([expect.stringMatching(/centre line does not reach hetao/)]));
  });

  it('a self-intersecting ring and a degenerate one', () => {
    const files = committed();
    (feature(files, 'clusters', 'hetao').geometry as Polygon).coordinates = [[[114.05, 22.52], [114.07, 22.525], [114.07, 22.52], [114.05, 22.525], [114.05, 22.52]]];
    (feature(files, 'clusters', 'jindi-shatou').geometry as Polygon).coordinates = [[[114.01, 22.52], [114.02, 22.52], [114.01, 22.52]]];
    const found = messages(files);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/hetao: self-intersecting ring/), expect.stringMatching(/jindi-shatou: degenerate ring/)]));
  });

  it('an unknown id, a feature in the wrong file and a missing zone', () => {
    const files = committed();
    const village = files.villages.features[0];
    files.villages.features = [{ ...village, properties: { ...village.properties, id: 'atlantis' } }];
    files.clusters.features.push(feature(files, 'partners', 'xiaomo'));
    const found = messages(files);
    expect(found).toEqual(
      expect.arrayContaining([
        'data/planning/villages.geojson atlantis: id is not a known zone',
        'data/planning/clusters.geojson xiaomo: a partner belongs in partners.geojson',
        'data/planning/* dongwang: zone has no geometry',
      ]),
    );
  });

  it('a point placed in the sea and a name that drifted from the content', () => {
    const files = committed();
    const xiaomo = feature(files, 'partners', 'xiaomo');
    xiaomo.geometry = { type: 'Point', coordinates: [115.03, 22.6] };
    feature(files, 'clusters', 'bagualing').properties = { ...feature(files, 'clusters', 'bagualing').properties, name_zh: '八卦岭' };
    const found = messages(files);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/xiaomo: must lie in 海丰县/), expect.stringMatching(/bagualing: names differ/)]));
  });

  it('an implausible area (a coordinate typo)', () => {
    const files = committed();
    const f = feature(files, 'clusters', 'bagualing').geometry as Polygon;
    // A longitude typed 115.09 instead of 114.09 on the eastern side: the rectangle grows 100 km wide.
    const east = Math.max(...f.coordinates[0].map(([x]) => x));
    f.coordinates = [f.coordinates[0].map(([x, y]) => (x === east ? [x + 1, y] : [x, y]))];
    expect(messages(files)).toEqual(expect.arrayContaining([expect.stringMatching(/bagualing: area .* outside the plausible/)]));
  });
});
