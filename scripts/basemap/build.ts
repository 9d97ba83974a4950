/**
 * The basemap pipeline: npm boundary packages → WGS84, land-clipped, simplified GeoJSON layers.
 * Pure apart from reading the source packages; `scripts/build-basemap.ts` writes the result.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { area as turfArea, bbox as turfBbox, booleanPointInPolygon, difference, featureCollection, intersect, pointOnFeature, union } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { featureToWgs84, gcj02ToWgs84Position, roundPositions } from './datum';
import { asFeature, clipPolygonal, finishPolygonal, type Polygonal } from '../lib/geometry';
import { englishDistrictName } from './names';
import { drawnShenzhenRiver, landAcrossRiver, withoutSideOfRiver } from './riverBorder';
import { COORD_DECIMALS, DETAIL_BBOX, DETAIL_DISTRICTS, DISTRICT_LABEL_AT, GUANGDONG_CITIES, LAND_COUNTRIES, PACKAGES, REGION_BBOX, TOLERANCE_DEG } from './sources';

const require = createRequire(import.meta.url);

export function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

export function packageVersion(name: string): string {
  return (JSON.parse(fs.readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}

interface EchartsProps {
  name: string;
  cp?: [number, number];
}

export function readEchartsCity(kind: 'shape-with-internal-borders' | 'shape-only', file: string): FeatureCollection<Polygonal, EchartsProps> {
  const full = path.join(packageDir(PACKAGES.districts), 'geojson', kind, `${file}.geojson`);
  return JSON.parse(fs.readFileSync(full, 'utf8')) as FeatureCollection<Polygonal, EchartsProps>;
}

type LandByCountry = Map<string, MultiPolygon>;

/** The 213 MB land file is parsed once and only three countries are kept. */
export function readLand(): LandByCountry {
  const full = path.join(packageDir(PACKAGES.land), 'map.geo.json');
  const all = JSON.parse(fs.readFileSync(full, 'utf8')) as FeatureCollection<MultiPolygon | Polygon, { A3: string }>;
  const wanted = new Set<string>(LAND_COUNTRIES.map((c) => c.a3));
  const result: LandByCountry = new Map();
  for (const f of all.features) {
    if (!wanted.has(f.properties.A3)) continue;
    const g = f.geometry;
    result.set(f.properties.A3, g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g);
  }
  return result;
}

export interface DistrictProps {
  key: string;
  name_zh: string;
  name_en: string;
  city_zh: string;
  city_en: string;
}

export interface LabelProps {
  key: string;
  kind: 'city' | 'district' | 'country';
  name_zh: string;
  name_en: string;
  /** Lower draws first and survives collisions. */
  rank: number;
}

export interface BasemapOutput {
  layers: Record<string, FeatureCollection>;
  /** Futian before land clipping: the datum test measures the conversion on this. */
  futianUnclipped: Feature<Polygonal>;
  /**
   * OSM's Hong Kong land near Futian before the river correction (riverBorder.ts): the datum test
   * measures against this independent border, not against the project's own drawn river.
   */
  osmHongKongNearFutian: Polygonal;
}

/** Regional layers drop islets under 1 km² (hundreds along the coast; invisible below zoom 9). */
const MIN_AREA_M2 = { regional: 1_000_000, detail: 5_000 } as const;

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function roundPoint(p: Position): Position {
  return roundPositions({ type: 'Point', coordinates: p }, COORD_DECIMALS.detail).coordinates;
}

/** A label point inside the polygon: the source's own `cp` if it falls inside, else Turf's point on surface. */
function labelPoint(geometry: Polygonal, cpGcj?: [number, number]): Position {
  if (cpGcj) {
    const cp = gcj02ToWgs84Position(cpGcj);
    if (booleanPointInPolygon(cp, geometry)) return roundPoint(cp);
  }
  return roundPoint(pointOnFeature(geometry).geometry.coordinates);
}

/** A district's label point: the project's own where it sets one (DISTRICT_LABEL_AT; it must lie inside), else labelPoint. */
function districtLabelPoint(nameZh: string, geometry: Polygonal, cpGcj?: [number, number]): Position {
  const at = DISTRICT_LABEL_AT[nameZh];
  if (!at) return labelPoint(geometry, cpGcj);
  if (!booleanPointInPolygon(at, geometry)) throw new Error(`DISTRICT_LABEL_AT: ${nameZh}'s label point ${at.join(',')} is outside it`);
  return roundPoint(at);
}

function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function largestPolygon(geometry: MultiPolygon): Polygon {
  const polygons = geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  return polygons.reduce((best, p) => (turfArea(p) > turfArea(best) ? p : best));
}

function intersectWithLand(geometry: Polygonal, land: MultiPolygon): Polygonal | null {
  const box = turfBbox(geometry);
  const landNearby = clipPolygonal(land, [box[0] - 0.01, box[1] - 0.01, box[2] + 0.01, box[3] + 0.01] as BBox, 0);
  if (!landNearby) return null;
  const clipped = intersect(featureCollection([asFeature(geometry, {}), asFeature(landNearby, {})]));
  return clipped ? (clipped.geometry as Polygonal) : null;
}

function subtractLand(geometry: Polygonal, other: MultiPolygon | undefined): Polygonal | null {
  if (!other) throw new Error('no land to subtract');
  const rest = difference(featureCollection([asFeature(geometry, {}), asFeature(other, {})]));
  return rest ? (rest.geometry as Polygonal) : null;
}

export function buildBasemap(osmLand: LandByCountry = readLand()): BasemapOutput {
  const osmHk = osmLand.get('HKG');
  const osmChina = osmLand.get('CHN');
  if (!osmHk || !osmChina) throw new Error('land source has no HKG or CHN feature');
  const river = drawnShenzhenRiver();
  const across = landAcrossRiver(osmChina, osmHk, river);
  const land: LandByCountry = new Map([...osmLand, ['HKG', across.hkg], ['CHN', across.chn]]);
  const chinaLand = across.chn;
  const chinaRegion = clipPolygonal(chinaLand, REGION_BBOX, 0) as Polygonal;
  const chinaRegionMulti: MultiPolygon =
    chinaRegion.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [chinaRegion.coordinates] } : chinaRegion;

  const landLayer = (bbox: BBox, toleranceDeg: number, minAreaM2: number, decimals: number) =>
    featureCollection(
      LAND_COUNTRIES.flatMap((c) => {
        const source = land.get(c.a3);
        const clipped = source && clipPolygonal(source, bbox, 0);
        const finished = clipped && finishPolygonal(clipped, { toleranceDeg, decimals, minAreaM2 });
        return finished ? [asFeature(finished, { key: c.a3.toLowerCase(), name_zh: c.zh, name_en: c.en })] : [];
      }),
    );

  const districts: Feature<Polygonal, DistrictProps>[] = [];
  const districtsDetail: Feature<Polygonal, DistrictProps>[] = [];
  const cities: Feature<Polygonal, DistrictProps>[] = [];
  const labels: Feature<Point, LabelProps>[] = [];
  let futianUnclipped: Feature<Polygonal> | undefined;

  for (const city of GUANGDONG_CITIES) {
    const outline = readEchartsCity('shape-only', city.file).features[0];
    const outlineWgs = featureToWgs84(outline);
    const cityLand = intersectWithLand(outlineWgs.geometry, chinaRegionMulti);
    const cityGeometry =
      cityLand && finishPolygonal(cityLand, { toleranceDeg: TOLERANCE_DEG.cities, decimals: COORD_DECIMALS.regional, minAreaM2: MIN_AREA_M2.regional });
    if (!cityGeometry) throw new Error(`city ${city.zh} vanished after land clipping`);
    const cityProps: DistrictProps = { key: slug(city.en), name_zh: city.zh, name_en: city.en, city_zh: city.zh, city_en: city.en };
    cities.push(asFeature(cityGeometry, cityProps));
    labels.push({
      type: 'Feature',
      properties: { key: cityProps.key, kind: 'city', name_zh: city.zh, name_en: city.en, rank: 1 },
      geometry: { type: 'Point', coordinates: labelPoint(cityGeometry, outline.properties.cp) },
    });

    for (const district of readEchartsCity('shape-with-internal-borders', city.file).features) {
      const wgs = featureToWgs84(district);
      const nameZh = district.properties.name;
      if (nameZh === '福田区') futianUnclipped = wgs;
      // Futian keeps its own outline, less Hong Kong: OSM's generalised Shenzhen Bay coast would
      // otherwise cut ~6 km² from it (73.8 km² vs the official 78.66 km²; see SOURCES.md).
      const futianOnLand = () => {
        const rest = subtractLand(wgs.geometry, land.get('HKG'));
        return rest && withoutSideOfRiver(rest.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [rest.coordinates] } : rest, river, 'south');
      };
      const onLand = nameZh === '福田区' ? futianOnLand() : intersectWithLand(wgs.geometry, chinaRegionMulti);
      const finish = (toleranceDeg: number, minAreaM2: number, decimals: number) =>
        onLand && finishPolygonal(onLand, { toleranceDeg, decimals, minAreaM2 });
      const geometry = finish(TOLERANCE_DEG.districtsRegional, MIN_AREA_M2.regional, COORD_DECIMALS.regional);
      if (!geometry) throw new Error(`district ${nameZh} (${city.zh}) vanished after land clipping`);
      const nameEn = englishDistrictName(nameZh);
      const props: DistrictProps = { key: `${slug(city.en)}-${slug(nameEn)}`, name_zh: nameZh, name_en: nameEn, city_zh: city.zh, city_en: city.en };
      districts.push(asFeature(geometry, props));
      if (DETAIL_DISTRICTS.includes(nameZh) || bboxesOverlap(turfBbox(geometry), DETAIL_BBOX)) {
        const detail = finish(TOLERANCE_DEG.districtsDetail, MIN_AREA_M2.detail, COORD_DECIMALS.detail);
        if (detail) districtsDetail.push(asFeature(detail, props));
      }
      labels.push({
        type: 'Feature',
        properties: { key: props.key, kind: 'district', name_zh: nameZh, name_en: nameEn, rank: city.zh === '深圳市' ? 2 : 3 },
        geometry: { type: 'Point', coordinates: districtLabelPoint(nameZh, geometry, district.properties.cp) },
      });
    }
  }
  if (!futianUnclipped) throw new Error('source has no 福田区');

  for (const c of LAND_COUNTRIES.filter((c) => c.a3 !== 'CHN')) {
    const source = land.get(c.a3);
    if (!source) throw new Error(`no land for ${c.a3}`);
    labels.push({
      type: 'Feature',
      properties: { key: c.a3.toLowerCase(), kind: 'country', name_zh: c.zh, name_en: c.en, rank: 1 },
      geometry: { type: 'Point', coordinates: roundPoint(pointOnFeature(largestPolygon(source)).geometry.coordinates) },
    });
  }

  const futian = districtsDetail.find((d) => d.properties.name_zh === '福田区');
  // Futian keeps its own outline (above), so Shenzhen's city outline takes it in too: otherwise
  // the city line, clipped to OSM's generalised coast, cuts across Futian's land (金地-沙头, the Loop).
  const shenzhen = cities.findIndex((c) => c.properties.name_zh === '深圳市');
  const futianRegional = districts.find((d) => d.properties.name_zh === '福田区');
  if (shenzhen >= 0 && futianRegional) {
    const joined = union(featureCollection([cities[shenzhen], futianRegional]));
    const finished = joined && finishPolygonal(joined.geometry as Polygonal, { toleranceDeg: TOLERANCE_DEG.cities, decimals: COORD_DECIMALS.regional, minAreaM2: MIN_AREA_M2.regional });
    if (finished) cities[shenzhen] = asFeature(finished, cities[shenzhen].properties);
  }
  const osmHongKongNearFutian = clipPolygonal(osmHk, [113.95, 22.45, 114.2, 22.6], 0);
  if (!osmHongKongNearFutian) throw new Error('no OSM Hong Kong land near Futian');
  return {
    futianUnclipped,
    osmHongKongNearFutian,
    layers: {
      'land-regional': landLayer(REGION_BBOX, TOLERANCE_DEG.landRegional, MIN_AREA_M2.regional, COORD_DECIMALS.regional),
      'land-detail': landLayer(DETAIL_BBOX, TOLERANCE_DEG.landDetail, MIN_AREA_M2.detail, COORD_DECIMALS.detail),
      cities: featureCollection(cities),
      'districts-regional': featureCollection(districts),
      'districts-detail': featureCollection(districtsDetail),
      futian: featureCollection(futian ? [futian] : []),
      labels: featureCollection(labels),
    },
  };
}
