/**
 * The scene reader against a fake map probe: a linear projection with known answers, labels that
 * the "map" reports placed, feature state and a basemap's pixels. No maplibre, no browser.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { MapProbe, PixelRect, ProbeFeature } from '../../map/mapProbe';
import type { FontMetrics } from './labelLayout';
import type { CircleItem, PathItem, TextItem } from './scene';
import { buildVectorScene, type SceneRequest } from './sceneReader';

/** 1 CSS pixel per 0.001° either way: lng 114.0 → x 0, lat 22.6 → y 0, on a 400×300 map. */
const project = ([lng, lat]: [number, number]): [number, number] => [Math.round((lng - 114) * 1e6) / 1e3, Math.round((22.6 - lat) * 1e6) / 1e3];

const square: GeoJSON.Feature = {
  type: 'Feature',
  properties: { id: 'a', name: '甲区' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [114.1, 22.5],
        [114.2, 22.5],
        [114.2, 22.4],
        [114.1, 22.4],
        [114.1, 22.5],
      ],
    ],
  },
};
const station: GeoJSON.Feature = { type: 'Feature', properties: { id: 's', name: '车站' }, geometry: { type: 'Point', coordinates: [114.3, 22.45] } };
const road: GeoJSON.Feature = {
  type: 'Feature',
  properties: { name: '大道' },
  geometry: {
    type: 'LineString',
    coordinates: [
      [114.0, 22.55],
      [114.4, 22.55],
    ],
  },
};

function style(extra: StyleSpecification['layers'] = [], sources: StyleSpecification['sources'] = {}): StyleSpecification {
  return {
    version: 8,
    sources: {
      zones: { type: 'geojson', data: { type: 'FeatureCollection', features: [square] }, promoteId: 'id' },
      stations: { type: 'geojson', data: 'data/stations.geojson' },
      roads: { type: 'geojson', data: { type: 'FeatureCollection', features: [road] } },
      ...sources,
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#eef2f4' } },
      { id: 'zone-fill', type: 'fill', source: 'zones', paint: { 'fill-color': '#ff0000', 'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.8, 0.2] } },
      { id: 'zone-line', type: 'line', source: 'zones', paint: { 'line-color': '#0000ff', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 14, 3] } },
      { id: 'hidden-line', type: 'line', source: 'zones', minzoom: 13, paint: { 'line-color': '#000000' } },
      { id: 'station-dot', type: 'circle', source: 'stations', paint: { 'circle-radius': 4, 'circle-color': '#00aa00', 'circle-stroke-width': 2, 'circle-stroke-color': '#ffffff' } },
      { id: 'zone-label', type: 'symbol', source: 'zones', layout: { 'text-field': ['get', 'name'], 'text-size': 12 }, paint: { 'text-color': '#333333', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } },
      { id: 'road-label', type: 'symbol', source: 'roads', layout: { 'text-field': ['get', 'name'], 'text-size': 10, 'symbol-placement': 'line' }, paint: { 'text-color': '#555555' } },
      ...extra,
    ],
  };
}

interface FakeProbeOptions {
  placed?: Record<string, ProbeFeature[]>;
  /** Road labels: the CSS x range where the map reports the road's label drawn. */
  roadLabelX?: [number, number];
  state?: Record<string, Record<string, unknown>>;
  pixelRatio?: number;
}

function fakeProbe(options: FakeProbeOptions = {}): MapProbe & { crops: PixelRect[]; hidden: string[][] } {
  const crops: PixelRect[] = [];
  const hidden: string[][] = [];
  const pixelRatio = options.pixelRatio ?? 1;
  return {
    crops,
    hidden,
    zoom: () => 12,
    pixelRatio: () => pixelRatio,
    cssSize: () => ({ width: 400, height: 300 }),
    project,
    drawnFeatures: (layerId) => options.placed?.[layerId] ?? [],
    featuresIn: (layerId) => options.placed?.[layerId] ?? [],
    featuresAt: (layerId, [x]) => {
      const [from, to] = options.roadLabelX ?? [0, -1];
      return layerId === 'road-label' && x >= from && x <= to ? [{ geometry: road.geometry, properties: { name: '大道' } }] : [];
    },
    featureState: (sourceId, id) => options.state?.[`${sourceId}/${id}`] ?? {},
    pixelsWithout: async (ids, crop) => {
      hidden.push([...ids]);
      crops.push(crop);
      return { width: crop.w, height: crop.h, rgba: new Uint8ClampedArray(crop.w * crop.h * 4).fill(200) };
    },
  };
}

const metrics: FontMetrics = { widths: {}, defaultWidth: 1 };

function request(overrides: Partial<SceneRequest> = {}): SceneRequest & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    frame: { x: 10, y: 20, w: 800, h: 600 },
    pageRatio: 2,
    metrics,
    groupOf: (layerId, labels) => (labels ? { id: 'labels', name: '标注' } : layerId.startsWith('zone') ? { id: 'zones', name: '区域' } : { id: layerId, name: layerId }),
    fetchJson: async (url) => {
      fetched.push(url);
      return { type: 'FeatureCollection', features: [station] };
    },
    signal: new AbortController().signal,
    ...overrides,
  };
}

describe('buildVectorScene with a fake probe', () => {
  it('projects through the map to the page: CSS pixels scaled by the page ratio about the frame centre', async () => {
    const scene = await buildVectorScene(fakeProbe(), style(), request());
    // x_page = 10 + 400 + (x − 200)·2 = 10 + 2x; y_page = 20 + 300 + (y − 150)·2 = 20 + 2y.
    const fill = scene.groups.find((g) => g.id === 'zones')?.items[0] as PathItem;
    expect(fill.kind).toBe('path');
    expect(fill.closed).toBe(true);
    const xs = fill.parts[0].filter((_, i) => i % 2 === 0);
    const ys = fill.parts[0].filter((_, i) => i % 2 === 1);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([210, 410]);
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([220, 420]);
    expect(scene.frame).toEqual({ x: 10, y: 20, w: 800, h: 600 });
    expect(scene.background).toBe('#eef2f4');
    expect(scene.basemap).toBeNull();
  });

  it('draws with the feature state the map holds (the selection) and the zoom curve at the map zoom', async () => {
    const plain = await buildVectorScene(fakeProbe(), style(), request());
    const selected = await buildVectorScene(fakeProbe({ state: { 'zones/a': { selected: true } } }), style(), request());
    const fillOf = (s: typeof plain) => s.groups.find((g) => g.id === 'zones')?.items[0] as PathItem;
    expect(fillOf(plain).fill?.opacity).toBeCloseTo(0.2);
    expect(fillOf(selected).fill?.opacity).toBeCloseTo(0.8);
    const line = plain.groups.find((g) => g.id === 'zones')?.items[1] as PathItem;
    // line-width 2 CSS px at zoom 12 (halfway from 1 to 3), × page ratio 2.
    expect(line.stroke?.width).toBeCloseTo(4);
    expect(line.stroke?.color).toBe('#0000ff');
  });

  it('leaves out layers hidden at the zoom, and merges consecutive layers of one group', async () => {
    const scene = await buildVectorScene(fakeProbe(), style(), request());
    expect(scene.groups.map((g) => g.id)).toEqual(['zones', 'station-dot']);
    expect(scene.groups[0].items).toHaveLength(2);
  });

  it('reads a source given by URL through fetchJson, as the style writes it, and draws circles with the stroke outside the radius', async () => {
    const req = request();
    const scene = await buildVectorScene(fakeProbe(), style(), req);
    expect(req.fetched).toEqual(['data/stations.geojson']);
    const dot = scene.groups.find((g) => g.id === 'station-dot')?.items[0] as CircleItem;
    // (114.3, 22.45) → CSS (300, 150) → page (610, 320); r = (4 + 2/2) · 2.
    expect([dot.cx, dot.cy, dot.r]).toEqual([610, 320, 10]);
  });

  it('writes the labels the map placed, at the point it placed them, in page pixels', async () => {
    const labelPoint: ProbeFeature = { geometry: { type: 'Point', coordinates: [114.15, 22.45] }, properties: { id: 'a', name: '甲区' }, id: 'a' };
    const scene = await buildVectorScene(fakeProbe({ placed: { 'zone-label': [labelPoint, labelPoint] } }), style(), request());
    const labels = scene.groups.find((g) => g.id === 'labels')?.items as TextItem[];
    expect(labels).toHaveLength(1); // the same feature reported twice is one label
    const [label] = labels;
    expect(label.lines.map((l) => l.text)).toEqual(['甲区']);
    // (114.15, 22.45) → CSS (150, 150) → page (310, 320); size 12 CSS px → 24 page px.
    expect(label.pivot).toEqual([310, 320]);
    expect(label.size).toBe(24);
    expect(label.halo).toEqual({ color: '#ffffff', width: 3 });
  });

  it('finds a road label where the map reports it drawn along the line, one label per run', async () => {
    const placed = { 'road-label': [{ geometry: road.geometry, properties: { name: '大道' } }] };
    const scene = await buildVectorScene(fakeProbe({ placed, roadLabelX: [180, 200] }), style(), request());
    const labels = (scene.groups.find((g) => g.id === 'labels')?.items ?? []) as TextItem[];
    expect(labels).toHaveLength(1);
    // The run 180–200 along y = 50 (lat 22.55): its middle hit, x 190 → page 390; y → 120.
    expect(labels[0].pivot[0]).toBeCloseTo(390, 0);
    expect(labels[0].pivot[1]).toBe(120);
    expect(labels[0].rotate).toBe(0);
    const none = await buildVectorScene(fakeProbe({ placed }), style(), request());
    expect(none.groups.find((g) => g.id === 'labels')).toBeUndefined();
  });

  it('reads an online basemap as the frame’s pixels with every GeoJSON layer hidden, centred on the canvas', async () => {
    const online = style([], { osm: { type: 'raster', tiles: ['https://tiles.example/{z}/{x}/{y}.png'], tileSize: 256 } });
    online.layers.splice(1, 0, { id: 'osm', type: 'raster', source: 'osm' });
    const probe = fakeProbe({ pixelRatio: 2 });
    const scene = await buildVectorScene(probe, online, request());
    // Canvas 800×600 device pixels, frame 800×600: the crop is the whole canvas.
    expect(probe.crops).toEqual([{ x: 0, y: 0, w: 800, h: 600 }]);
    expect(probe.hidden[0]).toEqual(['zone-fill', 'zone-line', 'hidden-line', 'station-dot', 'zone-label', 'road-label']);
    expect(scene.basemap?.width).toBe(800);
    expect(scene.background).toBeNull(); // the imagery is the background
    await expect(buildVectorScene(fakeProbe({ pixelRatio: 1 }), online, request())).rejects.toThrow(/pixel ratio/);
  });

  it('stops when the export is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(buildVectorScene(fakeProbe(), style(), request({ signal: controller.signal }))).rejects.toThrow(/cancelled/);
  });
});
