/**
 * Stand-ins for the online basemaps, made from the project's own data so no test reaches the
 * internet: 天地图-shaped raster tiles (a plain picture with a marker at a known coordinate),
 * vector tiles (Mapbox Vector Tile, via geojson-vt) in the Protomaps schema, and a real PMTiles
 * v3 archive of them (written here: the `pmtiles` package only reads).
 */
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import { zxyToTileId } from 'pmtiles';
import { PNG } from 'pngjs';

/**
 * Web Mercator: a coordinate's global pixel at zoom z (256-pixel tiles). Written here, not taken
 * from the app (src/export/scaleBar.ts): the stand-in must not share the maths the alignment test checks.
 */
export function worldPixel([lng, lat]: [number, number], z: number): [number, number] {
  const scale = 256 * 2 ** z;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

/**
 * A 256×256 PNG tile of one colour; if `marker` falls in tile z/x/y, a 5×5 red square centred on
 * its pixel. Where the map draws the square is where it puts that coordinate.
 */
export function rasterTile(z: number, x: number, y: number, colour: [number, number, number], marker?: [number, number]): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < 256 * 256; i++) png.data.set([...colour, 255], i * 4);
  if (marker) {
    const [px, py] = worldPixel(marker, z).map((v, k) => v - 256 * (k === 0 ? x : y));
    const [cx, cy] = [Math.floor(px ?? -1), Math.floor(py ?? -1)];
    for (let dy = -2; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++) {
        const [ix, iy] = [cx + dx, cy + dy];
        if (ix >= 0 && ix < 256 && iy >= 0 && iy < 256) png.data.set([255, 0, 0, 255], (iy * 256 + ix) * 4);
      }
  }
  return PNG.sync.write(png);
}

/** The project's land, water and roads in the Protomaps schema (layers earth, water, roads, places). */
export function protomapsLayers(): Record<string, FeatureCollection> {
  const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection;
  const land = read('data/basemap/land-detail.geojson');
  const reference = read('data/reference/reference.geojson');
  const of = (layer: string, kind: string) => reference.features.filter((f) => f.properties?.layer === layer).map((f): Feature => ({ ...f, properties: { kind, name: f.properties?.name_zh } }));
  return {
    earth: { type: 'FeatureCollection', features: land.features.map((f) => ({ ...f, properties: { kind: 'earth' } })) },
    water: { type: 'FeatureCollection', features: [...of('water', 'water'), ...of('river', 'river')] },
    roads: { type: 'FeatureCollection', features: of('road', 'major_road') },
    places: { type: 'FeatureCollection', features: of('place', 'neighbourhood') },
  };
}

export type TileSet = Map<string, Uint8Array>;

/** Vector tiles (MVT) of `layers` for every tile of `bbox` from minZoom to maxZoom, keyed "z/x/y"; empty tiles left out. */
export function vectorTiles(layers: Record<string, FeatureCollection>, bbox: [number, number, number, number], minZoom: number, maxZoom: number): TileSet {
  const indexes = Object.entries(layers).map(([name, data]) => [name, new GeoJSONVT(data, { maxZoom, indexMaxZoom: maxZoom, tolerance: 3, extent: 4096, buffer: 64 })] as const);
  const tiles: TileSet = new Map();
  for (let z = minZoom; z <= maxZoom; z++) {
    const [x0, y0] = worldPixel([bbox[0], bbox[3]], z).map((v) => Math.floor(v / 256));
    const [x1, y1] = worldPixel([bbox[2], bbox[1]], z).map((v) => Math.floor(v / 256));
    for (let x = x0 ?? 0; x <= (x1 ?? 0); x++)
      for (let y = y0 ?? 0; y <= (y1 ?? 0); y++) {
        const perLayer = Object.fromEntries(indexes.flatMap(([name, index]) => {
          const tile = index.getTile(z, x, y);
          return tile && tile.features.length > 0 ? [[name, tile]] : [];
        }));
        if (Object.keys(perLayer).length > 0) tiles.set(`${z}/${x}/${y}`, fromGeojsonVt(perLayer, { version: 2, extent: 4096 }));
      }
  }
  return tiles;
}

function varint(value: number, out: number[]): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/**
 * A PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): the
 * 127-byte header, one root directory (no leaves: small archives), JSON metadata, then the
 * tiles in tile-id order. Directory and metadata uncompressed, tiles gzipped, as MVT.
 */
export function pmtilesArchive(tiles: TileSet, meta: { name: string; attribution: string; vectorLayers: string[] }): Buffer {
  const entries = [...tiles].map(([key, data]) => {
    const [z, x, y] = key.split('/').map(Number) as [number, number, number];
    return { id: zxyToTileId(z, x, y), z, data: gzipSync(data) };
  });
  entries.sort((a, b) => a.id - b.id);
  let offset = 0;
  const placed = entries.map((e) => {
    const at = { ...e, offset };
    offset += e.data.length;
    return at;
  });
  const dir: number[] = [];
  varint(placed.length, dir);
  let last = 0;
  for (const e of placed) {
    varint(e.id - last, dir);
    last = e.id;
  }
  for (let i = 0; i < placed.length; i++) varint(1, dir);
  for (const e of placed) varint(e.data.length, dir);
  placed.forEach((e, i) => {
    const prev = placed[i - 1];
    // 0 means "right after the previous tile"; otherwise offset + 1.
    varint(prev && prev.offset + prev.data.length === e.offset ? 0 : e.offset + 1, dir);
  });
  const metadata = Buffer.from(JSON.stringify({ name: meta.name, attribution: meta.attribution, vector_layers: meta.vectorLayers.map((id) => ({ id, fields: {} })) }));
  const root = Buffer.from(dir);
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const u64 = (at: number, v: number) => header.writeBigUInt64LE(BigInt(v), at);
  const rootOffset = 127;
  const metaOffset = rootOffset + root.length;
  const dataOffset = metaOffset + metadata.length;
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metaOffset);
  u64(32, metadata.length);
  u64(40, dataOffset); // leaf directories: none (offset kept in order, length 0)
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, offset);
  u64(72, placed.length);
  u64(80, placed.length);
  u64(88, placed.length);
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(1, 97); // internal compression: none
  header.writeUInt8(2, 98); // tile compression: gzip
  header.writeUInt8(1, 99); // tile type: MVT
  const zooms = placed.map((e) => e.z);
  header.writeUInt8(Math.min(...zooms), 100);
  header.writeUInt8(Math.max(...zooms), 101);
  // Bounds and centre (E7): Futian's surroundings.
  header.writeInt32LE(Math.round(113.9 * 1e7), 102);
  header.writeInt32LE(Math.round(22.45 * 1e7), 106);
  header.writeInt32LE(Math.round(114.2 * 1e7), 110);
  header.writeInt32LE(Math.round(22.65 * 1e7), 114);
  header.writeUInt8(12, 118);
  header.writeInt32LE(Math.round(114.05 * 1e7), 119);
  header.writeInt32LE(Math.round(22.54 * 1e7), 123);
  return Buffer.concat([header, root, metadata, ...placed.map((e) => e.data)]);
}
