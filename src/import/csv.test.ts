/** CSV point lists written by ogr2ogr from the clusters' label points: read back in place, names intact. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distance } from '@turf/turf';
import type { Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterPoints, writeWithOgr } from '../../test/support/shapefileFixtures';
import { readCsv } from './csv';

const original = clusterPoints();
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-csv-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectInPlace(points: Point[]) {
  expect(points).toHaveLength(original.features.length);
  points.forEach((p, i) => {
    expect(distance(p.coordinates, original.features[i]?.geometry.coordinates ?? [0, 0], { units: 'kilometers' }) * 1000).toBeLessThan(1);
  });
}

describe('CSV point lists from ogr2ogr', () => {
  it('reads X/Y in degrees (WGS84) with the other columns as attributes', () => {
    const result = readCsv(writeWithOgr(dir, original, 'wgs.csv', 'CSV', ['-lco', 'GEOMETRY=AS_XY']), 'wgs');
    if (result.kind !== 'layers') throw new Error(result.kind);
    const collection = result.layers[0]?.collection;
    expectInPlace((collection?.features ?? []).map((f) => f.geometry as Point));
    expect(collection?.features.map((f) => f.properties?.name_zh)).toEqual(original.features.map((f) => f.properties?.name_zh));
  });

  it('asks for the system of Gauss–Krüger metres (EPSG:4547 first), and places them once chosen', () => {
    const bytes = writeWithOgr(dir, original, 'gk.csv', 'CSV', ['-t_srs', 'EPSG:4547', '-lco', 'GEOMETRY=AS_XY']);
    const asked = readCsv(bytes, 'gk');
    expect(asked.kind).toBe('needsCrs');
    if (asked.kind === 'needsCrs') expect(asked.candidates[0]?.id).toBe('EPSG:4547');
    const placed = readCsv(bytes, 'gk', 'EPSG:4547');
    if (placed.kind !== 'layers') throw new Error(placed.kind);
    expectInPlace((placed.layers[0]?.collection.features ?? []).map((f) => f.geometry as Point));
  });

  it('reads 经度/纬度 columns in a GBK file (saved by a Chinese Excel), and names the columns when none is recognised', () => {
    // "名称,经度,纬度" and "市民中心,114.0596,22.5432" in GBK, written byte by byte (Node has no GBK encoder).
    const row = Uint8Array.from([0xca, 0xd0, 0xc3, 0xf1, 0xd6, 0xd0, 0xd0, 0xc4, ...new TextEncoder().encode(',114.0596,22.5432\n')]);
    const header = Uint8Array.from([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbe, 0xad, 0xb6, 0xc8, 0x2c, 0xce, 0xb3, 0xb6, 0xc8, 0x0a]);
    const result = readCsv(Uint8Array.from([...header, ...row]), 'gbk');
    if (result.kind !== 'layers') throw new Error(JSON.stringify(result));
    expect(result.layers[0]?.encoding).toBe('GBK');
    expect(result.layers[0]?.collection.features[0]?.properties).toEqual({ 名称: '市民中心' });
  });

  it('asks which columns hold the coordinates when their names say nothing, and reads them once picked', () => {
    const bytes = new TextEncoder().encode('站名,E,N\n市民中心,114.0596,22.5432\n');
    expect(readCsv(bytes, 'x')).toEqual({ kind: 'needsColumns', name: 'x', columns: ['站名', 'E', 'N'] });
    const read = readCsv(bytes, 'x', undefined, { x: 'E', y: 'N' });
    if (read.kind !== 'layers') throw new Error(read.kind);
    expect(read.layers[0]?.collection.features[0]).toMatchObject({ properties: { 站名: '市民中心' }, geometry: { type: 'Point', coordinates: [114.0596, 22.5432] } });
  });
});
