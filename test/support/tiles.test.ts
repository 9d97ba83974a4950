import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source, TileType } from 'pmtiles';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pmtilesArchive, protomapsLayers, rasterTile, vectorTiles, worldPixel } from './tiles';

/** The archive as the browser reads it: byte ranges. */
class BufferSource implements Source {
  constructor(private readonly bytes: Buffer) {}
  getKey() {
    return 'fixture';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.bytes.subarray(offset, offset + length);
    return { data: slice.buffer.slice(slice.byteOffset, slice.byteOffset + slice.byteLength) as ArrayBuffer };
  }
}

describe('tile fixtures', () => {
  it('projects with Web Mercator (known values)', () => {
    expect(worldPixel([0, 0], 0)).toEqual([128, 128]);
    expect(worldPixel([-180, 85.0511287798], 0).map((v) => Math.round(v))).toEqual([0, 0]);
  });

  it('puts the raster marker on its coordinate’s pixel', () => {
    const at: [number, number] = [114.0596, 22.5431];
    const [gx, gy] = worldPixel(at, 15);
    const [x, y] = [Math.floor(gx / 256), Math.floor(gy / 256)];
    const png = PNG.sync.read(rasterTile(15, x, y, [10, 80, 40], at));
    const i = (Math.floor(gy - y * 256) * 256 + Math.floor(gx - x * 256)) * 4;
    expect([...png.data.subarray(i, i + 3)]).toEqual([255, 0, 0]);
    expect([...png.data.subarray(0, 3)]).toEqual([10, 80, 40]);
  });

  it('writes a PMTiles v3 archive the pmtiles reader opens, tile for tile', async () => {
    const tiles = vectorTiles(protomapsLayers(), [113.98, 22.5, 114.11, 22.6], 10, 12);
    expect(tiles.size).toBeGreaterThan(5);
    const archive = new PMTiles(new BufferSource(pmtilesArchive(tiles, { name: 'fixture', attribution: 'test', vectorLayers: ['earth', 'water', 'roads', 'places'] })));
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(TileType.Mvt);
    expect([header.minZoom, header.maxZoom]).toEqual([10, 12]);
    expect((await archive.getMetadata()) as { vector_layers: unknown[] }).toMatchObject({ name: 'fixture' });
    for (const [key, data] of tiles) {
      const [z, x, y] = key.split('/').map(Number) as [number, number, number];
      const got = await archive.getZxy(z, x, y);
      expect(new Uint8Array(got?.data ?? new ArrayBuffer(0)), key).toEqual(data);
    }
    // A decoded tile holds Futian's land in the Protomaps schema.
    const [key, data] = [...tiles].find(([k]) => k.startsWith('12/')) ?? [];
    const decoded = new VectorTile(new PbfReader(data ?? new Uint8Array()));
    expect(Object.keys(decoded.layers), key).toContain('earth');
    expect(await archive.getZxy(3, 0, 0)).toBeUndefined();
  });
});
