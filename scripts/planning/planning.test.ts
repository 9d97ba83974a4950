/**
 * The planning GeoJSON: re-built and compared with the committed files (drift), checked as it is
 * (valid), and checked again after deliberate damage (each check can fail).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { area, booleanPointInPolygon } from '@turf/turf';
import { distanceKm, labelPoint } from '../../src/geo/measure';
import { describe, expect, it } from 'vitest';
import { ZONES } from '../../src/content';
import type { ZoneContent } from '../../src/content/types';
import { PLANNING_GROUPS, type PlanningGroup } from '../../src/zones/ids';
import { serializeFeatureCollection } from '../lib/serialize';
import { buildPlanning, labelText, ROOT } from './build';
import { checkPlanning } from './checks';
import { checkAgainstReference } from './referenceChecks';

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
    for (const p of labels) expect(p?.label_zh).toMatch(/^(\d+ 公里|约\d+±\d+公里)$/);
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
    shift(feature(files, 'clusters', 'xiangmihu'), 0, -0.003);
    expect(messages(files)).toEqual(expect.arrayContaining([expect.stringMatching(/xiangmihu × chegongmiao-tianan: clusters overlap/)]));
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
    f.coordinates = [f.coordinates[0].map(([x, y]) => (x >= east - 0.001 ? [x + 1, y] : [x, y]))];
    expect(messages(files)).toEqual(expect.arrayContaining([expect.stringMatching(/bagualing: area .* outside the plausible/)]));
  });
});

describe('outlines agree with the reference layer and the world', () => {
  const inputs = () => ({
    outlines: read('data/planning/outlines.json'),
    drawn: read('data/reference/drawn.json'),
    futian: read('data/basemap/futian.geojson').features[0].geometry,
    landDetail: read('data/basemap/land-detail.geojson'),
  });
  const found = (files: Files, i = inputs()) => checkAgainstReference(files, i).map((p) => `${p.id}: ${p.message}`);

  it('every road-drawn edge lies on its road, nothing reaches into Hong Kong, published areas are met', () => {
    expect(found(committed())).toEqual([]);
  });

  it('measures 河套 and the Loop within 10 % of their published areas, and Futian too', () => {
    const km2 = (group: PlanningGroup, id: string) => area(feature(committed(), group, id)) / 1e6;
    expect(km2('clusters', 'hetao') / 3.02 - 1).toBeLessThan(0.1);
    expect(Math.abs(km2('parks', 'hetao-loop') / 0.87 - 1)).toBeLessThan(0.1);
    expect(Math.abs(km2('district', 'futian') / 78.66 - 1)).toBeLessThan(0.1);
  });

  it('fails when a zone edge strays 100 m from the road it names', () => {
    const files = committed();
    const f = feature(files, 'clusters', 'bagualing').geometry as Polygon;
    // Move the south-west corner (上步路 × 笋岗西路, away from Futian's boundary) ~100 m off both roads, inward.
    const ring = f.coordinates[0];
    const corner = ring.reduce((best, p, i) => (Math.hypot(p[0] - 114.0906, p[1] - 22.5574) < Math.hypot(ring[best][0] - 114.0906, ring[best][1] - 22.5574) ? i : best), 0);
    ring[corner] = [ring[corner][0] + 0.001, ring[corner][1] + 0.001];
    if (corner === 0) ring[ring.length - 1] = ring[0];
    expect(found(files)).toEqual(expect.arrayContaining([expect.stringMatching(/^bagualing: an outline vertex at .* lies 1\d\d m from every line it names/)]));
  });

  it('fails when an outline names a road it does not follow', () => {
    const i = inputs();
    i.outlines.clusters.find((c: { id: string }) => c.id === 'bagualing').sides[3] = 'caitian';
    expect(found(committed(), i)).toEqual(expect.arrayContaining(['bagualing: names "caitian" as a side, but the outline does not run along it']));
  });

  it('fails when a zone is drawn across the Shenzhen River into Hong Kong', () => {
    const files = committed();
    shift(feature(files, 'clusters', 'hetao'), 0, -0.006);
    expect(found(files)).toEqual(expect.arrayContaining([expect.stringMatching(/^hetao: overlaps Hong Kong land by \d+\.\d{3} km²$/)]));
  });

  it('fails when a published area is missed by more than 10 %', () => {
    const files = committed();
    const loop = feature(files, 'parks', 'hetao-loop').geometry as Polygon;
    const [cx, cy] = loop.coordinates[0][0];
    loop.coordinates = [loop.coordinates[0].map(([x, y]) => [cx + (x - cx) * 1.5, cy + (y - cy) * 1.5])];
    expect(found(files)).toEqual(expect.arrayContaining([expect.stringMatching(/^hetao-loop: area .* misses the published 0.87 km² by \d+ %/)]));
  });
});

describe('zone labels', () => {
  it('break only between words: after a colon, before a parenthesis, at a space', () => {
    expect(labelText('北部：智能科技产业带', 'zh')).toBe('北部：\n智能科技产业带');
    expect(labelText('香蜜湖片区', 'zh')).toBe('香蜜湖片区');
    expect(labelText('Loop Area A (Lok Ma Chau Loop)', 'en')).toBe('Loop Area A\n(Lok Ma Chau Loop)');
    expect(labelText('Xiangmihu', 'en')).toBe('Xiangmihu');
    for (const name of ['North: intelligent technology belt', 'Futian–Boluo Co-built Industrial Park']) {
      const text = labelText(name, 'en');
      expect(text.split('\n')).toHaveLength(2);
      expect(text.replace('\n', ' ')).toBe(name);
    }
  });
  it('give each polygon zone the map labels exactly one label point, inside it', () => {
    const out = buildPlanning();
    for (const group of ['belts', 'clusters', 'partners'] as const) {
      const features = out.groups[group].features;
      const polygons = features.filter((f) => f.geometry.type !== 'Point' && f.properties?.part !== 'label');
      for (const p of polygons) {
        const labels = features.filter((f) => f.properties?.part === 'label' && f.properties?.id === p.properties?.id);
        expect(labels, String(p.properties?.id)).toHaveLength(1);
        expect(booleanPointInPolygon(labels[0].geometry as Point, p as Feature<Polygon | MultiPolygon>), String(p.properties?.id)).toBe(true);
      }
    }
  });
});
