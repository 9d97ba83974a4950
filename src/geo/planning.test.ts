/** Known answers on the Atlas' own data: the figures planners see. */
import fs from 'node:fs';
import path from 'node:path';
import { booleanIntersects, coordAll, nearestPointOnLine, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { zoneById } from '../content';
import { PLANNING_GROUPS } from '../zones/ids';
import { CIVIC_CENTRE } from './landmarks';
import { distanceKm, edgeDistanceKm } from './measure';
import { zoneDistance, zoneFacts } from './zoneFacts';
import { zoneGeometry } from './zones';

const collections = PLANNING_GROUPS.map((g) => JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../data/planning/${g}.geojson`), 'utf8')) as FeatureCollection);
const geo = zoneGeometry(collections);

describe('figures on the Atlas data', () => {
  it('Futian measures within 3 % of the official 78.66 km²', () => {
    const km2 = geo.get('futian')?.areaKm2 ?? 0;
    expect(Math.abs(km2 - 78.66) / 78.66).toBeLessThan(0.03);
  });

  it('八卦岭 is about 4 km from the 中央活力区, as 003 Q27 says — measured from 深圳市民中心 to 八卦岭’s label point', () => {
    const bagualing = geo.get('bagualing');
    if (!bagualing) throw new Error('no bagualing');
    const km = distanceKm(CIVIC_CENTRE.lngLat, bagualing.labelPoint);
    expect(km).toBeGreaterThan(3.5);
    expect(km).toBeLessThan(4.5);
    const toCivicCentre = zoneFacts(zoneById('bagualing'), geo)?.toCivicCentre;
    expect(toCivicCentre !== 'inside' && toCivicCentre?.km).toBeCloseTo(km, 9);
  });

  it('touching zones have edge distance 0: the axis and the zones it links; the core’s own outline gets no distance to it', () => {
    const facts = zoneFacts(zoneById('central-activity-zone'), geo);
    expect(facts?.toCore).toBeNull();
    expect(facts?.related.find((r) => r.id === 'core')?.placement).toBe('same-outline');
    // 八卦岭 relates to both: one entry, both named.
    const bagualing = zoneFacts(zoneById('bagualing'), geo)?.related ?? [];
    expect(bagualing.filter((r) => r.id === 'central-activity-zone' || r.id === 'core').map((r) => [r.id, r.alsoOutlined])).toEqual([['central-activity-zone', ['core']]]);
    expect(zoneFacts(zoneById('xiangmihu'), geo)?.toCore?.edgeKm).toBe(0);
    for (const id of ['meilin-caitian', 'huaqiang-shangbu', 'central-activity-zone', 'hetao'] as const) {
      expect(zoneDistance(geo, 'axis', id)?.edgeKm, id).toBe(0);
    }
  });

  it('partners are measured from Futian with a direction: 博罗 lies north, 湘桥 north-east', () => {
    const boluo = zoneFacts(zoneById('boluo'), geo)?.fromFutian;
    const xiangqiao = zoneFacts(zoneById('xiangqiao'), geo)?.fromFutian;
    expect(boluo?.compass).toBe('N');
    expect(boluo?.km).toBeGreaterThan(60);
    expect(boluo?.km).toBeLessThan(110);
    expect(xiangqiao?.compass).toBe('NE');
    expect(xiangqiao?.km).toBeGreaterThan(250);
    expect(xiangqiao?.km).toBeLessThan(320);
  });

  it('measures related zones centre to centre only (edge distances between partner counties cost ~1 s)', () => {
    const related = zoneFacts(zoneById('boluo'), geo)?.related ?? [];
    expect(related.map((r) => r.id)).toEqual(['boluo-park', 'futian', 'xiangqiao', 'heping']);
    for (const r of related) expect(Object.keys(r).sort()).toEqual(['alsoOutlined', 'centreKm', 'id', 'placement', 'uncertaintyM']);
  });

  it('gives no distance from a zone to what lies inside it', () => {
    const futian = zoneFacts(zoneById('futian'), geo);
    expect(futian?.toCivicCentre).toBe('inside');
    expect(futian?.related.filter((r) => r.placement === 'contains').map((r) => r.id)).toEqual(['core', 'belt-north', 'belt-central', 'belt-south', 'axis']);
    expect(futian?.related.filter((r) => r.placement === 'apart').map((r) => r.id)).toEqual(['boluo', 'xiangqiao', 'heping', 'xiaomo']);
    expect(zoneFacts(zoneById('meilin-caitian'), geo)?.related.find((r) => r.id === 'belt-north')?.placement).toBe('within');
    // Outside Futian one distance is given, from Futian as the map's link: not a second one to 市民中心.
    const nanxiang = zoneFacts(zoneById('nanxiang'), geo);
    expect(nanxiang?.toCivicCentre).toBeNull();
    expect(nanxiang?.fromFutian?.toEdgeKm).toBeNull();
  });

  it('measures the distance a document gives (八卦岭 “仅4公里” from 中央活力区) centre to centre and edge to edge', () => {
    const [measured] = zoneFacts(zoneById('bagualing'), geo)?.documentDistances ?? [];
    expect(measured?.figure.display.zh).toBe('仅4公里');
    expect(measured?.distance.id).toBe('central-activity-zone');
    expect(measured?.distance.edgeKm).toBeLessThan(measured?.distance.centreKm ?? 0);
  });

  it('says how far a county’s nearest boundary is, beside the distance to its middle', () => {
    const boluo = zoneFacts(zoneById('boluo'), geo)?.fromFutian;
    expect(boluo?.toEdgeKm).toBeGreaterThan(20);
    expect(boluo?.toEdgeKm).toBeLessThan(boluo?.km ?? 0);
  });

  it('gives every zone a geometry, and a point zone no area', () => {
    expect(geo.size).toBe(24);
    expect(zoneFacts(zoneById('xiaomo'), geo)?.areaKm2).toBeNull();
  });
});

/** The edge distance as first written: every vertex against every segment, no pruning. */
function bruteEdgeKm(a: Geometry, b: Geometry): number {
  const feature = (g: Geometry) => ({ type: 'Feature' as const, properties: {}, geometry: g });
  if (booleanIntersects(feature(a), feature(b))) return 0;
  const oneWay = (from: Geometry, to: Geometry) => {
    const lines = polygonToLine(feature(to) as Feature<Polygon | MultiPolygon>);
    const all = 'features' in lines ? lines.features : [lines];
    let best = Number.POSITIVE_INFINITY;
    for (const v of coordAll(feature(from))) for (const line of all) best = Math.min(best, nearestPointOnLine(line as Feature<LineString | MultiLineString>, v, { units: 'kilometers' }).properties.dist ?? Number.POSITIVE_INFINITY);
    return best;
  };
  return Math.min(oneWay(a, b), oneWay(b, a));
}

describe('edge distances on the Atlas data', () => {
  it('equal the unpruned search for every pair of zones with an outline', () => {
    const outlined = [...geo.entries()].filter(([, z]) => z.geometry.type === 'Polygon' || z.geometry.type === 'MultiPolygon');
    expect(outlined.length).toBeGreaterThan(15);
    for (let i = 0; i < outlined.length; i++)
      for (let j = i + 1; j < outlined.length; j++) {
        const [idA, a] = outlined[i];
        const [idB, b] = outlined[j];
        expect(edgeDistanceKm(a.geometry, b.geometry), `${idA} ↔ ${idB}`).toBeCloseTo(bruteEdgeKm(a.geometry, b.geometry), 9);
      }
  });
});
