import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { crsById, crsFromText, looksProjected, proposeCrs, toWgs84 } from './crs';

// 市民中心 (Shenzhen Civic Center), about 114.0596°E 22.5432°N.
const CIVIC = [114.0596, 22.5432] as const;

describe('coordinate systems', () => {
  it('round-trips a point through each projected system to under a centimetre', () => {
    for (const id of ['EPSG:4547', 'EPSG:4526', 'EPSG:2383', 'EPSG:2435', 'EPSG:32650', 'EPSG:3857']) {
      const def = crsById(id);
      if (!def) throw new Error(id);
      const xy = proj4('EPSG:4326', def.proj).forward([...CIVIC]);
      const [lng, lat] = toWgs84(def)(xy);
      expect(lng, id).toBeCloseTo(CIVIC[0], 7);
      expect(lat, id).toBeCloseTo(CIVIC[1], 7);
    }
  });

  it('gives Futian Gauss–Krüger CM 114°E numbers where the office expects them (x 498–511 km, y 2,489–2,498 km), and UTM 50N agrees on the place', () => {
    const gk = proj4('EPSG:4326', crsById('EPSG:4547')?.proj ?? '').forward([...CIVIC]);
    expect(gk[0]).toBeGreaterThan(498_000);
    expect(gk[0]).toBeLessThan(511_000);
    expect(gk[1]).toBeGreaterThan(2_489_000);
    expect(gk[1]).toBeLessThan(2_498_000);
    // Zone 38 is the same numbers with the zone prefix.
    const z38 = proj4('EPSG:4326', crsById('EPSG:4526')?.proj ?? '').forward([...CIVIC]);
    expect(z38[0] - gk[0]).toBeCloseTo(38_000_000, 3);
    // Two different projections of one ellipsoid-equivalent datum land on the same point.
    const utm = proj4('EPSG:4326', crsById('EPSG:32650')?.proj ?? '').forward([...CIVIC]);
    const [a, b] = [toWgs84(crsById('EPSG:4547') ?? 'EPSG:4326')(gk), toWgs84(crsById('EPSG:32650') ?? 'EPSG:4326')(utm)];
    expect(Math.hypot((a[0] - b[0]) * 102_800, (a[1] - b[1]) * 110_800)).toBeLessThan(0.5);
  });

  it('reads a .prj’s system, in ESRI and OGC spellings', () => {
    const esri = 'PROJCS["CGCS2000_3_Degree_GK_CM_114E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(crsFromText(esri)?.id).toBe('EPSG:4547');
    expect(crsFromText(esri.replace('CM_114E', 'Zone_38').replace('500000.0', '38500000.0'))?.id).toBe('EPSG:4526');
    expect(crsFromText('GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]')?.id).toBe('EPSG:4490');
    expect(crsFromText('urn:ogc:def:crs:EPSG::4547')?.id).toBe('EPSG:4547');
    expect(crsFromText('urn:ogc:def:crs:OGC:1.3:CRS84')?.id).toBe('EPSG:4326');
    expect(crsFromText('nonsense')).toBeNull();
  });

  it('proposes the systems that land metres in Shenzhen, CGCS2000 Gauss–Krüger CM 114°E first', () => {
    const gk = [
      [506_145, 2_493_839],
      [498_000, 2_489_500],
    ];
    expect(looksProjected(gk)).toBe(true);
    const ids = proposeCrs(gk).map((c) => c.id);
    expect(ids[0]).toBe('EPSG:4547');
    expect(ids).not.toContain('EPSG:4526');
    expect(ids).not.toContain('EPSG:32650');
    expect(proposeCrs([[38_506_145, 2_493_839]]).map((c) => c.id)).toEqual(['EPSG:4526']);
    expect(looksProjected([[114.05, 22.54]])).toBe(false);
  });
});
