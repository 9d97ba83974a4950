/**
 * Shapefiles written by an independent writer, GDAL's ogr2ogr (Debian gdal-bin, installed by the
 * test set-up), from the project's own clusters: read back, they land within 1 m of the GeoJSON
 * original, vertex by vertex, with their Chinese names intact in GBK and UTF-8.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coordAll, distance } from '@turf/turf';
import { zipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import { clusterPolygons, writeShapefileZip } from '../../test/support/shapefileFixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readShapefileZip, type ShapefileResult } from './shapefile';

const original = clusterPolygons();

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-shp-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const shapefile = (name: string, srs: string, encoding: 'GBK' | 'UTF-8', leaveOut: string[] = []) => writeShapefileZip(dir, original, name, srs, encoding, leaveOut);

function layersOf(result: ShapefileResult) {
  if (result.kind !== 'layers') throw new Error(`not read: ${JSON.stringify(result).slice(0, 200)}`);
  return result.layers;
}

/** Every vertex of the original has a vertex of the import within 1 m, and the counts agree. */
function expectInPlace(read: FeatureCollection) {
  expect(read.features).toHaveLength(original.features.length);
  read.features.forEach((feature, i) => {
    const want = coordAll(original.features[i] as never);
    const got = coordAll(feature as never);
    expect(got.length).toBe(want.length);
    for (const w of want) expect(Math.min(...got.map((g) => distance(w, g, { units: 'kilometers' }))) * 1000).toBeLessThan(1);
  });
}

describe('Shapefiles from ogr2ogr', () => {
  it('reads CGCS2000 Gauss–Krüger CM 114°E (EPSG:4547) with a .prj, GBK attributes with their .cpg', () => {
    const [layer] = layersOf(readShapefileZip(shapefile('gk_gbk', 'EPSG:4547', 'GBK')));
    expect(layer?.crs).toBe('EPSG:4547');
    expect(layer?.encoding).toBe('GBK');
    expectInPlace(layer?.collection as FeatureCollection);
    expect(layer?.collection.features.map((f) => f.properties?.name_zh)).toEqual(original.features.map((f) => f.properties?.name_zh));
  });

  it('reads GBK attributes without a .cpg (not UTF-8: decoded as GBK)', () => {
    const [layer] = layersOf(readShapefileZip(shapefile('gk_nocpg', 'EPSG:4547', 'GBK', ['cpg'])));
    expect(layer?.encoding).toBe('GBK');
    expect(layer?.collection.features.map((f) => f.properties?.name_zh)).toEqual(original.features.map((f) => f.properties?.name_zh));
  });

  it('reads UTF-8 attributes without a .cpg as UTF-8', () => {
    const [layer] = layersOf(readShapefileZip(shapefile('utf_nocpg', 'EPSG:4547', 'UTF-8', ['cpg'])));
    expect(layer?.encoding).toBe('UTF-8');
    expect(layer?.collection.features[0]?.properties?.name_zh).toBe(original.features[0]?.properties?.name_zh);
  });

  it('reads zone 38 (EPSG:4526) and CGCS2000 geographic (EPSG:4490)', () => {
    for (const srs of ['EPSG:4526', 'EPSG:4490']) {
      const [layer] = layersOf(readShapefileZip(shapefile(srs.replace(':', '_'), srs, 'UTF-8')));
      expect(layer?.crs).toBe(srs);
      expectInPlace(layer?.collection as FeatureCollection);
    }
  });

  it('asks for the system of a projected file without .prj, offering EPSG:4547 first, and places it once chosen', () => {
    const zip = shapefile('noprj', 'EPSG:4547', 'UTF-8', ['prj']);
    const asked = readShapefileZip(zip);
    expect(asked.kind).toBe('needsCrs');
    if (asked.kind !== 'needsCrs') return;
    expect(asked.candidates[0]?.id).toBe('EPSG:4547');
    expect(asked.candidates.map((c) => c.id)).not.toContain('EPSG:32650');
    const [layer] = layersOf(readShapefileZip(zip, 'EPSG:4547'));
    expectInPlace(layer?.collection as FeatureCollection);
  });

  it('refuses what is not a zipped Shapefile, and a zip bomb before inflating it', () => {
    expect(readShapefileZip(new TextEncoder().encode('not a zip')).kind).toBe('refused');
    expect(readShapefileZip(zipSync({ 'readme.txt': new TextEncoder().encode('x') }))).toEqual({ kind: 'refused', reason: 'noShp' });
    // Its declared size is over the limit (here 1 MB): nothing is inflated.
    const bomb = zipSync({ 'a.shp': new Uint8Array(2 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    expect(readShapefileZip(bomb, undefined, 1024 * 1024)).toMatchObject({ kind: 'refused', reason: 'tooLarge' });
  });
});
