/**
 * Shapefile fixtures written by an independent writer, GDAL's ogr2ogr (Debian gdal-bin, installed
 * by the test set-up), from the project's own clusters; fflate zips the parts (some left out on
 * purpose: a .cpg, a .prj).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { FeatureCollection, Polygon } from 'geojson';

/** The eight clusters' outlines with their ids and names (the label points left out). */
export function clusterPolygons(): FeatureCollection<Polygon> {
  const data = JSON.parse(fs.readFileSync(new URL('../../data/planning/clusters.geojson', import.meta.url), 'utf8')) as FeatureCollection;
  return {
    type: 'FeatureCollection',
    features: data.features
      .filter((f) => f.geometry?.type === 'Polygon')
      .map((f) => ({ type: 'Feature', properties: { id: f.properties?.id, name_zh: f.properties?.name_zh, name_en: f.properties?.name_en }, geometry: f.geometry as Polygon })),
  };
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
