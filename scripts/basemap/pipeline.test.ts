/**
 * The basemap pipeline re-run against the committed files (drift), its datum (WGS84, proven
 * against Hong Kong's OSM border), and the shape of what it writes. One build serves every case:
 * it parses a 213 MB land file, so it runs once (~10 s).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { area, booleanClockwise, booleanPointInPolygon, featureCollection, intersect, pointToLineDistance } from '@turf/turf';
import type { FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import gjv from 'geojson-validation';
import { beforeAll, describe, expect, it } from 'vitest';
import { DETAIL_MIN_ZOOM as STYLE_DETAIL_MIN_ZOOM } from '../../src/layers/basemap';
import { type BasemapOutput, buildBasemap } from './build';
import { drawnShenzhenRiver, sideOfRiver } from './riverBorder';
import { mapPositions, wgs84ToGcj02Position } from './datum';
import { renderBasemapFiles } from './files';
import { DETAIL_MIN_ZOOM } from './sources';

const DATA_DIR = path.resolve(__dirname, '../../data/basemap');
let output: BasemapOutput;
let rendered: Record<string, string>;

beforeAll(() => {
  output = buildBasemap();
  rendered = renderBasemapFiles(output);
}, 120_000);

function committed(name: string): string {
  return fs.readFileSync(path.join(DATA_DIR, name), 'utf8');
}

describe('drift: the committed basemap is exactly what the pipeline makes', () => {
  it('writes the same set of files', () => {
    const onDisk = fs.readdirSync(DATA_DIR).filter((f) => f.endsWith('.geojson') || f === 'manifest.json').sort();
    expect(onDisk).toEqual(Object.keys(rendered).sort());
  });
  it.each(['land-regional', 'land-detail', 'cities', 'districts-regional', 'districts-detail', 'futian', 'labels'])('%s.geojson is byte-identical', (layer) => {
    const name = `${layer}.geojson`;
    // Compare sizes first: a failing 1 MB string diff is unreadable.
    expect(Buffer.byteLength(committed(name))).toBe(Buffer.byteLength(rendered[name]));
    expect(committed(name) === rendered[name]).toBe(true);
  });
  it('manifest.json is identical (package versions and parameters)', () => {
    expect(JSON.parse(committed('manifest.json'))).toEqual(JSON.parse(rendered['manifest.json']));
  });
});

/** Hong Kong's land boundary from OSM (WGS84), as the package ships it (before the river correction). */
function hongKongOutline(): LineString[] {
  const hk = output.osmHongKongNearFutian;
  const polygons = hk.type === 'Polygon' ? [hk.coordinates] : hk.coordinates;
  return polygons.map((p) => ({ type: 'LineString', coordinates: p[0] }));
}

/** Distances (m) from Futian's vertices to HK's boundary, for the vertices within 1.5 km of it: the Shenzhen River. */
function borderOffsetsM(futianRing: Position[], hk: LineString[]): number[] {
  const nearest = futianRing.map((p) => Math.min(...hk.map((line) => pointToLineDistance(p, line, { units: 'meters' }))));
  return nearest.filter((d) => d < 1500).sort((a, b) => a - b);
}

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];

describe('datum: Futian is in WGS84, on the Hong Kong border', () => {
  // The reference is generalised (about one vertex per 300 m along HK's boundary), so the
  // tolerance is a median of 120 m; the raw GCJ-02 source sits ~400 m off.
  const TOLERANCE_M = 120;

  it(`converted Futian's southern boundary follows the Shenzhen River: median offset ≤ ${TOLERANCE_M} m`, () => {
    const ring = (output.futianUnclipped.geometry as Polygon).coordinates[0];
    const offsets = borderOffsetsM(ring, hongKongOutline());
    expect(offsets.length).toBeGreaterThan(60);
    expect(median(offsets)).toBeLessThanOrEqual(TOLERANCE_M);
  });

  it('the same boundary left in GCJ-02 (no conversion) fails that tolerance by far', () => {
    const raw = mapPositions(output.futianUnclipped.geometry as Polygon, wgs84ToGcj02Position);
    const offsets = borderOffsetsM(raw.coordinates[0], hongKongOutline());
    expect(median(offsets)).toBeGreaterThan(2.5 * TOLERANCE_M);
  });
});

describe('output shape', () => {
  const layers = ['land-regional', 'land-detail', 'cities', 'districts-regional', 'districts-detail', 'futian', 'labels'];

  it.each(layers)('%s.geojson is valid GeoJSON with RFC 7946 winding and coordinates in range', (layer) => {
    const collection = JSON.parse(committed(`${layer}.geojson`)) as FeatureCollection;
    expect(gjv.valid(collection)).toBe(true);
    for (const f of collection.features) {
      const g = f.geometry;
      if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
        const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        for (const p of polygons) expect(booleanClockwise(p[0])).toBe(false);
      }
      mapPositions(g, ([lng, lat]) => {
        expect(lng).toBeGreaterThan(100);
        expect(lng).toBeLessThan(125);
        expect(lat).toBeGreaterThan(15);
        expect(lat).toBeLessThan(30);
        return [lng, lat];
      });
    }
  });

  it('stays within its size budget (gzip): 260 KB for the whole basemap', () => {
    const gz = layers.reduce((sum, l) => sum + gzipSync(committed(`${l}.geojson`)).length, 0);
    expect(gz).toBeLessThan(260 * 1024);
  });

  it('has the districts the Atlas needs, with both names', () => {
    const districts = JSON.parse(committed('districts-detail.geojson')) as FeatureCollection<Polygon, { name_zh: string; name_en: string }>;
    const names = districts.features.map((f) => `${f.properties.name_zh}|${f.properties.name_en}`);
    expect(names).toEqual(expect.arrayContaining(['福田区|Futian District', '博罗县|Boluo County', '湘桥区|Xiangqiao District', '和平县|Heping County', '海丰县|Haifeng County']));
  });

  it('draws no city boundary across Futian’s land (the dashed line once zig-zagged through 金地-沙头)', () => {
    const futian = (JSON.parse(committed('futian.geojson')) as FeatureCollection<Polygon>).features[0].geometry;
    const cities = JSON.parse(committed('cities.geojson')) as FeatureCollection<Polygon | MultiPolygon, { name_zh: string }>;
    const edge: LineString = { type: 'LineString', coordinates: futian.coordinates[0] };
    // A city-line vertex inside Futian, farther than the regional layer's generalisation from its edge, is a line on land.
    const inland = cities.features.flatMap((c) => {
      const rings = c.geometry.type === 'Polygon' ? c.geometry.coordinates : c.geometry.coordinates.flat();
      return rings.flat().filter((p) => booleanPointInPolygon(p, futian) && pointToLineDistance(p, edge, { units: 'meters' }) > 150).map((p) => `${c.properties.name_zh} ${p.join(',')}`);
    });
    expect(inland).toEqual([]);
  });

  it('the style switches to the detail layers at the zoom the pipeline built them for', () => {
    expect(STYLE_DETAIL_MIN_ZOOM).toBe(DETAIL_MIN_ZOOM);
  });
});

describe('the border along the realigned Shenzhen River (riverBorder.ts)', () => {
  it('leaves Futian in one piece: no part cut off north of the Loop by the generalised Hong Kong polygon', () => {
    const futian = JSON.parse(committed('futian.geojson')) as FeatureCollection;
    expect(futian.features[0].geometry.type).toBe('Polygon');
  });

  it('puts no Hong Kong land north of the drawn river, and no Futian south of it, along that stretch', () => {
    const land = JSON.parse(committed('land-detail.geojson')) as FeatureCollection<Polygon | MultiPolygon, { key: string }>;
    const hk = land.features.find((f) => f.properties.key === 'hkg');
    const futian = JSON.parse(committed('futian.geojson')) as FeatureCollection<Polygon>;
    if (!hk) throw new Error('no Hong Kong land');
    const river = drawnShenzhenRiver();
    const overlapKm2 = (a: Polygon | MultiPolygon, b: Polygon) => {
      const shared = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: a }, { type: 'Feature', properties: {}, geometry: b }]) as FeatureCollection<Polygon | MultiPolygon>);
      return shared ? area(shared) / 1e6 : 0;
    };
    // Simplifying the land layer (±20 m) leaves slivers of a few thousand m².
    expect(overlapKm2(hk.geometry, sideOfRiver(river, 'north'))).toBeLessThan(0.01);
    expect(overlapKm2(futian.features[0].geometry, sideOfRiver(river, 'south'))).toBeLessThan(0.01);
    // Before the correction, OSM's generalised polygon put ~0.4 km² of Hong Kong north of the river there.
    expect(overlapKm2(output.osmHongKongNearFutian, sideOfRiver(river, 'north'))).toBeGreaterThan(0.1);
  });
});
