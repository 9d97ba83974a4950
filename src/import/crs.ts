/**
 * The coordinate systems planning offices in Shenzhen use, for proj4: CGCS2000 geographic and
 * 3° Gauss–Krüger (CM 114°E, with and without the zone prefix), the Xian 1980 and Beijing 1954
 * equivalents, UTM 50N and Web Mercator. A file's `.prj` (or a GeoJSON `crs`) names its system;
 * when a file gives none and its numbers are metres, the systems that land it in Shenzhen are
 * proposed (CGCS2000 Gauss–Krüger first: the office standard since 2018). Pure.
 */
import proj4 from 'proj4';
import type { Localized } from '../content/types';

export interface CrsDef {
  id: string;
  name: Localized;
  proj: string;
  /** How far this system's numbers may land from WGS84 with the published parameters, in metres. */
  accuracyM: number;
  projected: boolean;
}

// CGCS2000 and WGS84 agree to well under a metre for a city map: no datum shift. Xian 1980 has no
// published shift to WGS84 (its positions are good to tens of metres at best); Beijing 1954 uses
// the 3-parameter shift of the EPSG dataset.
export const CRS_DEFS: readonly CrsDef[] = [
  { id: 'EPSG:4547', name: { zh: 'CGCS2000 3度带高斯-克吕格 中央经线114°E（EPSG:4547）', en: 'CGCS2000 3° Gauss–Krüger CM 114°E (EPSG:4547)' }, proj: '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs', accuracyM: 1, projected: true },
  { id: 'EPSG:4526', name: { zh: 'CGCS2000 3度带高斯-克吕格 第38带（EPSG:4526）', en: 'CGCS2000 3° Gauss–Krüger zone 38 (EPSG:4526)' }, proj: '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=38500000 +y_0=0 +ellps=GRS80 +units=m +no_defs', accuracyM: 1, projected: true },
  { id: 'EPSG:2383', name: { zh: '西安1980 3度带高斯-克吕格 中央经线114°E（EPSG:2383）', en: 'Xian 1980 3° Gauss–Krüger CM 114°E (EPSG:2383)' }, proj: '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +a=6378140 +rf=298.257 +units=m +no_defs', accuracyM: 100, projected: true },
  { id: 'EPSG:2435', name: { zh: '北京1954 3度带高斯-克吕格 中央经线114°E（EPSG:2435）', en: 'Beijing 1954 3° Gauss–Krüger CM 114°E (EPSG:2435)' }, proj: '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=krass +towgs84=15.8,-154.4,-82.3,0,0,0,0 +units=m +no_defs', accuracyM: 50, projected: true },
  { id: 'EPSG:32650', name: { zh: 'WGS84 UTM 第50带北（EPSG:32650）', en: 'WGS 84 / UTM zone 50N (EPSG:32650)' }, proj: '+proj=utm +zone=50 +datum=WGS84 +units=m +no_defs', accuracyM: 1, projected: true },
  { id: 'EPSG:3857', name: { zh: 'Web 墨卡托（EPSG:3857）', en: 'Web Mercator (EPSG:3857)' }, proj: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs', accuracyM: 1, projected: true },
  { id: 'EPSG:4490', name: { zh: 'CGCS2000 经纬度（EPSG:4490）', en: 'CGCS2000 geographic (EPSG:4490)' }, proj: '+proj=longlat +ellps=GRS80 +no_defs', accuracyM: 1, projected: false },
  { id: 'EPSG:4326', name: { zh: 'WGS84 经纬度（EPSG:4326）', en: 'WGS 84 geographic (EPSG:4326)' }, proj: '+proj=longlat +datum=WGS84 +no_defs', accuracyM: 0, projected: false },
];

export function crsById(id: string): CrsDef | undefined {
  return CRS_DEFS.find((c) => c.id === id);
}

/** Shenzhen and its surroundings, generously: where a planner's data should land. */
const SHENZHEN = { west: 113.6, south: 22.3, east: 114.8, north: 22.95 };

export type Transform = (xy: readonly number[]) => [number, number];

export function toWgs84(crs: CrsDef | string): Transform {
  const converter = proj4(typeof crs === 'string' ? crs : crs.proj, 'EPSG:4326');
  return (xy) => {
    const [lng, lat] = converter.forward([xy[0] ?? 0, xy[1] ?? 0]);
    return [lng, lat];
  };
}

/**
 * The system a `.prj` (WKT) or a GeoJSON `crs` name states: one of ours when its name says so
 * (ESRI and OGC spellings), else proj4's own reading of the WKT; null when it cannot be read.
 */
export function crsFromText(text: string): { id: string | null; proj: string } | null {
  const t = text.replace(/\s+/g, ' ');
  const epsg = /EPSG[:"',\s]*(\d{4,5})/i.exec(t)?.[1];
  const known = (id: string) => {
    const def = crsById(id);
    return def ? { id: def.id, proj: def.proj } : null;
  };
  if (/^(urn:ogc:def:crs:)?EPSG::?\d+$/i.test(text.trim()) && epsg) return known(`EPSG:${epsg}`);
  if (/CRS84/i.test(t)) return known('EPSG:4326');
  const gk = /(GK|Gauss[_ ]?Kruger|Transverse[_ ]Mercator)/i.test(t);
  const cm114 = /(CM[_ ]?114|central_meridian["',\s]*114)/i.test(t);
  const zone38 = /(zone[_ ]?38|false_easting["',\s]*38500000)/i.test(t);
  if (/CGCS[_ ]?2000|China[_ ]2000|China[_ ]Geodetic/i.test(t)) {
    if (!/PROJCS|PROJCRS/i.test(t)) return known('EPSG:4490');
    if (gk && zone38) return known('EPSG:4526');
    if (gk && cm114) return known('EPSG:4547');
  }
  if (/Xian[_ ]?1980/i.test(t) && gk && cm114 && !zone38) return known('EPSG:2383');
  if (/Beijing[_ ]?1954/i.test(t) && gk && cm114 && !zone38) return known('EPSG:2435');
  if (/UTM[_ ]zone[_ ]50N/i.test(t) && /WGS[_ ]?(19)?84/i.test(t)) return known('EPSG:32650');
  if (/Pseudo[_ ]Mercator|Web[_ ]Mercator|3857/i.test(t)) return known('EPSG:3857');
  if (epsg && crsById(`EPSG:${epsg}`)) return known(`EPSG:${epsg}`);
  if (/^GEOGCS\[.*WGS[_ ]?(19)?84/i.test(t.trim())) return known('EPSG:4326');
  try {
    proj4(text, 'EPSG:4326');
    return { id: null, proj: text };
  } catch {
    return null;
  }
}

/** Whether numbers look like metres rather than degrees. */
export function looksProjected(points: ReadonlyArray<readonly number[]>): boolean {
  return points.some(([x = 0, y = 0]) => Math.abs(x) > 180 || Math.abs(y) > 90);
}

/** The projected systems that put these points in Shenzhen, CGCS2000 Gauss–Krüger first. */
export function proposeCrs(points: ReadonlyArray<readonly number[]>): CrsDef[] {
  const sample = points.slice(0, 200);
  if (sample.length === 0) return [];
  return CRS_DEFS.filter((crs) => crs.projected).filter((crs) => {
    const forward = toWgs84(crs);
    return sample.every((p) => {
      const [lng, lat] = forward(p);
      return lng >= SHENZHEN.west && lng <= SHENZHEN.east && lat >= SHENZHEN.south && lat <= SHENZHEN.north;
    });
  });
}
