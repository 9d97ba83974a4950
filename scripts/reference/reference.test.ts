/**
 * The reference layer: re-built and compared with the committed file (drift), checked as it is,
 * and checked again after deliberate damage (each check can fail).
 */
import fs from 'node:fs';
import path from 'node:path';
import { distance } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CIVIC_CENTRE } from '../../src/geo/landmarks';
import { serializeFeatureCollection } from '../lib/serialize';
import { buildReference, readDrawn, ROOT } from './build';
import { checkReferenceData, courseProblems } from './checks';
import type { Drawn } from './types';

const committed = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'data/reference/reference.geojson'), 'utf8')) as FeatureCollection;
const messages = (drawn: Drawn, reference: FeatureCollection) => checkReferenceData(drawn, reference).map((p) => `${p.id}: ${p.message}`);

describe('reference layer', () => {
  it('is exactly what scripts/build-reference.ts makes (no drift)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'data/reference/reference.geojson'), 'utf8')).toBe(serializeFeatureCollection(buildReference()));
  });

  it('passes every check', () => {
    expect(messages(readDrawn(), committed())).toEqual([]);
  });

  it('draws each metro line through its stations, and the Shenzhen River also as water', () => {
    const ref = committed();
    const line1 = ref.features.find((f) => f.properties?.layer === 'rail' && f.properties?.id === 'line-1');
    const station = ref.features.find((f) => f.properties?.layer === 'station' && f.properties?.id === 'xiangmihu');
    if (line1?.geometry.type !== 'LineString' || station?.geometry.type !== 'Point') throw new Error('missing');
    expect(line1.geometry.coordinates).toContainEqual(station.geometry.coordinates);
    expect(station.properties?.lines).toBe('1');
    expect(ref.features.filter((f) => f.properties?.id === 'shenzhen-river').map((f) => f.properties?.layer)).toEqual(['water', 'river']);
  });

  it('holds 深圳市民中心 where the panels measure from (one position, one source)', () => {
    const civic = readDrawn().places.find((p) => p.id === CIVIC_CENTRE.id);
    expect(civic?.lngLat).toEqual(CIVIC_CENTRE.lngLat);
  });

  it('places 香蜜湖路 where it meets 深南大道, at Line 1 香蜜湖 station (within 100 m)', () => {
    const drawn = readDrawn();
    const station = drawn.stations.find((s) => s.id === 'xiangmihu')?.lngLat;
    const road = drawn.roads.find((r) => r.id === 'xiangmihu-road')?.path;
    if (!station || !road) throw new Error('missing');
    expect(Math.min(...road.map((p) => distance(p, station, { units: 'meters' })))).toBeLessThan(100);
  });
});

describe('the reference checks fail on broken data', () => {
  it('a road drawn as a grid line (constant latitude)', () => {
    const drawn = readDrawn();
    const shennan = drawn.roads.find((r) => r.id === 'shennan');
    if (!shennan) throw new Error('no 深南大道');
    shennan.path = shennan.path.map(([x]) => [x, 22.5405]);
    expect(messages(drawn, committed())).toContain('shennan: is a constant latitude or longitude: draw the road where it runs');
  });

  it('华富路 drawn due north again (as version two had it): off its known course from 红荔路 to 黄木岗', () => {
    const drawn = readDrawn();
    const huafu = drawn.roads.find((r) => r.id === 'huafu');
    if (!huafu?.knownCourse) throw new Error('no 华富路 with a known course');
    expect(courseProblems(huafu, 150)).toEqual([]);
    huafu.path = [[114.077, 22.5429], [114.0772, 22.5517], [114.0772, 22.5588], [114.078, 22.5674]];
    const found = courseProblems(huafu, 150).map((p) => p.message);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^passes \d+ m from 114.0819,22.5585/), expect.stringMatching(/^runs at \d+° between its known points, not 36° ± 10°/)]));
  });

  it('a required feature missing, a feature without provenance, a position far away', () => {
    const ref = committed();
    ref.features = ref.features.filter((f) => f.properties?.name_zh !== '莲花山公园');
    const road = ref.features.find((f) => f.properties?.layer === 'road');
    const place = ref.features.find((f) => f.properties?.layer === 'place');
    if (!road?.properties || place?.geometry.type !== 'Point') throw new Error('missing');
    road.properties.basis_zh = '';
    road.properties.accuracy_m = 0;
    place.geometry.coordinates = [114.5, 22.55];
    const found = messages(readDrawn(), ref);
    expect(found).toEqual(
      expect.arrayContaining([
        'green:莲花山公园: is required and missing',
        expect.stringMatching(/^road:\w+: basis_zh must say how it was drawn$/),
        expect.stringMatching(/^road:\w+: accuracy_m must be a positive number$/),
        expect.stringMatching(/^place:[\w-]+: position 114.5,22.55 lies outside the Futian area$/),
      ]),
    );
  });
});
