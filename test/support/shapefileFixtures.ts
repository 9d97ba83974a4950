/**
 * Shapefile fixtures written by an independent writer, GDAL's ogr2ogr (Debian gdal-bin, installed
 * by the test set-up), from the project's own clusters; fflate zips the parts (some left out on
 * purpose: a .cpg, a .prj).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { FeatureCollection, Point, Polygon } from 'geojson';

/** The eight clusters' outlines with their ids and names (the label points left out). */
const clusters = () => JSON.parse(fs.readFileSync(new URL('../../data/planning/clusters.geojson', import.meta.url), 'utf8')) as FeatureCollection;

export function clusterPolygons(): FeatureCollection<Polygon> {
  const data = clusters();
  return {
    type: 'FeatureCollection',
    features: data.features
      .filter((f) => f.geometry?.type === 'Polygon')
      .map((f) => ({ type: 'Feature', properties: { id: f.properties?.id, name_zh: f.properties?.name_zh, name_en: f.properties?.name_en }, geometry: f.geometry as Polygon })),
  };
}

/** The clusters' label points with their ids and names: a CSV point list's content. */
export function clusterPoints(): FeatureCollection<Point> {
  const data = clusters();
  return {
    type: 'FeatureCollection',
    features: data.features
      .filter((f) => f.geometry?.type === 'Point')
      .map((f) => ({ type: 'Feature', properties: { id: f.properties?.id, name_zh: f.properties?.name_zh }, geometry: f.geometry as Point })),
  };
}

/** A file in another format ogr2ogr writes (KML, CSV …), its bytes. */
export function writeWithOgr(dir: string, source: FeatureCollection, file: string, driver: string, options: string[] = []): Uint8Array {
  const input = path.join(dir, `${file}-source.geojson`);
  fs.writeFileSync(input, JSON.stringify(source));
  const out = path.join(dir, file);
  execFileSync('ogr2ogr', ['-f', driver, ...options, out, input], { stdio: 'pipe' });
  return fs.readFileSync(out);
}

export function writeShapefileZip(dir: string, source: FeatureCollection, name: string, srs: string, encoding: 'GBK' | 'UTF-8', leaveOut: string[] = []): Uint8Array {
  const input = path.join(dir, `${name}-source.geojson`);
  fs.writeFileSync(input, JSON.stringify(source));
  execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', '-t_srs', srs, '-lco', `ENCODING=${encoding}`, path.join(dir, `${name}.shp`), input], { stdio: 'pipe' });
  const parts: Record<string, Uint8Array> = {};
  for (const ext of ['shp', 'shx', 'dbf', 'prj', 'cpg']) {
    const file = path.join(dir, `${name}.${ext}`);
    if (!leaveOut.includes(ext) && fs.existsSync(file)) parts[`${name}.${ext}`] = fs.readFileSync(file);
  }
  return zipSync(parts);
}
