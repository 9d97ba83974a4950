/**
 * A rendered map frame read as vector data (./scene.ts): every layer whose source is GeoJSON
 * becomes paths, circles and text; anything else (an online basemap's tiles or imagery) becomes
 * one image beneath them, read from the map with its own layers hidden.
 *
 * Everything comes through the map's probe (src/map/mapProbe.ts), never a maplibre object:
 * positions from its own projection at the export's camera, labels the ones maplibre placed in
 * this frame; where a label could go to several sides (variable anchors) or lies along a road,
 * the side or stretch it took is found by asking what the map drew at each candidate spot.
 */
import type { LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { coordEach } from '@turf/turf';
import type { MapProbe, ProbeFeature } from '../../map/mapProbe';
import { HATCH_IMAGE_PREFIX, HATCH_SPACING, HATCH_WIDTH } from '../../layers/markup';
import type { Rect } from '../plan';
import { geometryParts, geometryPoints } from './geometry';
import { type Anchor, alongLine, boxLines, type FontMetrics, hitGroups, labelBox, type LineHit, labelsFromHits, radialOffset, textWidth, wrapLabel } from './labelLayout';
import { type Hatch, hasRasterBasemap, type SceneGroup, type SceneItem, type StrokeStyle, type TextItem, type VectorScene } from './scene';
import { type CompiledLayer, colorOf, compileLayer, type EvalFeature, layerShownAt } from './styleEval';

export interface SceneGroupRef {
  id: string;
  name: string;
}

export interface SceneRequest {
  /** The map frame on the page (image pixels); the map's centre is its centre. */
  frame: Rect;
  /** Page pixels per CSS pixel of the map (the page's pixel ratio). */
  pageRatio: number;
  metrics: FontMetrics;
  /** The layer-panel group a style layer belongs to; labels go to `labels`. */
  groupOf: (styleLayerId: string, labels: boolean) => SceneGroupRef;
  /** Reads a GeoJSON source's URL as the style writes it (same origin; the browser has it cached from the map). */
  fetchJson: (url: string) => Promise<GeoJSON.FeatureCollection>;
  signal: AbortSignal;
}

/** Below this distance (image pixels) points are dropped: finer than the page can print. */
const THIN_TOLERANCE = 0.3;

function isGeojson(style: StyleSpecification, layer: LayerSpecification): boolean {
  return 'source' in layer && style.sources[layer.source]?.type === 'geojson';
}

/** Every feature of a GeoJSON source, with the id maplibre gives it (promoteId or the feature's own). */
type SourceFeature = GeoJSON.Feature & { stateId?: string | number };
type FeaturesOf = (sourceId: string) => Promise<SourceFeature[]>;

async function sourceFeatures(style: StyleSpecification, sourceId: string, request: SceneRequest): Promise<SourceFeature[]> {
  const source = style.sources[sourceId];
  if (source?.type !== 'geojson') return [];
  const data = typeof source.data === 'string' ? await request.fetchJson(source.data) : (source.data as GeoJSON.GeoJSON);
  const features = data.type === 'FeatureCollection' ? data.features : data.type === 'Feature' ? [data] : [{ type: 'Feature' as const, geometry: data, properties: {} }];
  const promote = typeof source.promoteId === 'string' ? source.promoteId : null;
  return features.map((f) => {
    const stateId = promote ? (f.properties?.[promote] as string | number | undefined) : f.id;
    return stateId === undefined ? f : { ...f, stateId };
  });
}

/** A markup hatch pattern (`markup-hatch-<rrggbb>`) as lines the writers draw; null for any other fill. */
function hatchOf(pattern: unknown, opacity: number, pr: number): Hatch | null {
  const name = typeof pattern === 'string' ? pattern : typeof pattern === 'object' && pattern !== null && 'name' in pattern ? String(pattern.name) : '';
  const hex = name.startsWith(HATCH_IMAGE_PREFIX) ? name.slice(HATCH_IMAGE_PREFIX.length) : '';
  if (!/^[0-9a-f]{6}$/i.test(hex) || opacity <= 0) return null;
  return { color: `#${hex.toLowerCase()}`, opacity, spacing: HATCH_SPACING * pr, width: HATCH_WIDTH * pr };
}

function strokeOf(c: CompiledLayer, zoom: number, f: EvalFeature, state: Record<string, unknown>, pr: number): StrokeStyle | null {
  const color = colorOf(c.paint('line-color', zoom, f, state));
  const width = c.paint<number>('line-width', zoom, f, state) * pr;
  const opacity = c.paint<number>('line-opacity', zoom, f, state) * (color?.alpha ?? 0);
  if (!color || width <= 0 || opacity <= 0) return null;
  const dash = c.paint<number[] | undefined>('line-dasharray', zoom, f, state) ?? [];
  return {
    color: color.hex,
    opacity,
    width,
    dash: dash.map((d) => d * width),
    cap: c.layout('line-cap', zoom, f),
    join: c.layout('line-join', zoom, f),
  };
}

function circleItems(c: CompiledLayer, zoom: number, f: EvalFeature, state: Record<string, unknown>, points: Array<[number, number]>, pr: number): SceneItem[] {
  const fill = colorOf(c.paint('circle-color', zoom, f, state));
  const fillOpacity = c.paint<number>('circle-opacity', zoom, f, state) * (fill?.alpha ?? 0);
  const stroke = colorOf(c.paint('circle-stroke-color', zoom, f, state));
  const strokeWidth = c.paint<number>('circle-stroke-width', zoom, f, state) * pr;
  const strokeOpacity = c.paint<number>('circle-stroke-opacity', zoom, f, state) * (stroke?.alpha ?? 0);
  const r = c.paint<number>('circle-radius', zoom, f, state) * pr;
  const fillStyle = fill && fillOpacity > 0 ? { color: fill.hex, opacity: fillOpacity } : null;
  const strokeStyle: StrokeStyle | null = stroke && strokeWidth > 0 && strokeOpacity > 0 ? { color: stroke.hex, opacity: strokeOpacity, width: strokeWidth, dash: [], cap: 'butt', join: 'miter' } : null;
  if (!fillStyle && !strokeStyle) return [];
  // maplibre draws the stroke outside the radius: the stroke's centre line is at r + width/2.
  return points.map(([cx, cy]) => ({ kind: 'circle', cx, cy, r: r + (strokeStyle ? strokeWidth / 2 : 0), fill: fillStyle, stroke: strokeStyle }));
}

function featureKey(layerId: string, f: { properties: Record<string, unknown> | null | undefined }): string {
  return `${layerId}|${JSON.stringify(f.properties ?? {})}`;
}

interface LabelStyle {
  text: string;
  size: number;
  color: string;
  opacity: number;
  halo: { color: string; width: number } | null;
  letterSpacing: number;
  lineHeight: number;
  maxWidth: number;
}

function labelStyle(c: CompiledLayer, zoom: number, f: EvalFeature): LabelStyle | null {
  const field = c.layout<unknown>('text-field', zoom, f);
  const text = (field === null || field === undefined ? '' : String(field)).trim();
  const color = colorOf(c.paint('text-color', zoom, f));
  if (!text || !color) return null;
  const halo = colorOf(c.paint('text-halo-color', zoom, f));
  const haloWidth = c.paint<number>('text-halo-width', zoom, f);
  return {
    text,
    size: c.layout<number>('text-size', zoom, f),
    color: color.hex,
    opacity: c.paint<number>('text-opacity', zoom, f) * color.alpha,
    halo: halo && haloWidth > 0 ? { color: halo.hex, width: haloWidth } : null,
    letterSpacing: c.layout<number>('text-letter-spacing', zoom, f),
    lineHeight: c.layout<number>('text-line-height', zoom, f),
    maxWidth: c.layout<number>('text-max-width', zoom, f),
  };
}

/** Whether maplibre drew this feature's label over the CSS pixel `at`. */
function labelAt(probe: MapProbe, layerId: string, key: string, at: [number, number]): boolean {
  return probe.featuresAt(layerId, at).some((g) => featureKey(layerId, g) === key);
}

/** A label's lines as maplibre wraps them, and the box they fill (CSS pixels). */
function wrapped(s: LabelStyle, metrics: FontMetrics): { lines: string[]; w: number; h: number } {
  const lines = wrapLabel(s.text, s.size, s.maxWidth, s.letterSpacing, metrics);
  return { lines, w: Math.max(...lines.map((l) => textWidth(l, s.size, s.letterSpacing, metrics))), h: lines.length * s.lineHeight * s.size };
}

/** A text item in the label's style: its placed lines, turned by `rotate` degrees about `pivot`. */
function textItem(s: LabelStyle, lines: TextItem['lines'], pivot: [number, number], rotate = 0): TextItem {
  return { kind: 'text', lines, align: 'center', size: s.size, color: s.color, opacity: s.opacity, letterSpacing: s.letterSpacing * s.size, halo: s.halo, rotate, pivot };
}

/** A point label: the anchor maplibre chose (probed), its lines in CSS pixels. */
function pointLabel(probe: MapProbe, c: CompiledLayer, zoom: number, f: EvalFeature, key: string, at: [number, number], s: LabelStyle, metrics: FontMetrics): TextItem {
  const { lines, w, h } = wrapped(s, metrics);
  const variable = c.layout<Anchor[] | undefined>('text-variable-anchor', zoom, f);
  const radial = c.layout<number | undefined>('text-radial-offset', zoom, f);
  const fixedOffset = c.layout<[number, number]>('text-offset', zoom, f);
  const candidates: Array<{ anchor: Anchor; offset: [number, number] }> = variable?.length
    ? variable.map((anchor) => ({ anchor, offset: radialOffset(anchor, radial ?? 0) }))
    : [{ anchor: c.layout<Anchor>('text-anchor', zoom, f), offset: fixedOffset }];
  const boxes = candidates.map(({ anchor, offset }) => labelBox(at, anchor, [offset[0] * s.size, offset[1] * s.size], w, h));
  const placed = boxes.length > 1 ? (boxes.find((b) => labelAt(probe, c.layer.id, key, [b.x + b.w / 2, b.y + b.h / 2])) ?? boxes[0]) : boxes[0];
  return textItem(s, boxLines(placed, lines, s.size, s.lineHeight), at);
}

/**
 * Labels along a line: the line is walked in steps of half a character and maplibre asked, at
 * each step, whether it drew this feature's label there; each run of hits is one label, set
 * straight along the line's direction at the run's middle (maplibre bends it along curves).
 */
function lineLabels(probe: MapProbe, layerId: string, key: string, parts: number[][], s: LabelStyle, metrics: FontMetrics): TextItem[] {
  const step = s.size / 2;
  const length = textWidth(s.text, s.size, s.letterSpacing, metrics);
  const items: TextItem[] = [];
  for (const points of parts) {
    const hits: LineHit[] = [];
    let travelled = 0;
    let next = 0;
    for (let i = 0; i + 3 < points.length; i += 2) {
      const [ax, ay, bx, by] = [points[i], points[i + 1], points[i + 2], points[i + 3]];
      const segment = Math.hypot(bx - ax, by - ay);
      const angle = (Math.atan2(by - ay, bx - ax) * 180) / Math.PI;
      for (; next < travelled + segment; next += step) {
        const t = (next - travelled) / segment;
        const hit = { s: next, x: ax + (bx - ax) * t, y: ay + (by - ay) * t, angle };
        if (labelAt(probe, layerId, key, [hit.x, hit.y])) hits.push(hit);
      }
      travelled += segment;
    }
    for (const at of labelsFromHits(hits, length, step)) {
      const { lines, rotate } = alongLine(s.text, at, s.size, s.letterSpacing * s.size);
      items.push(textItem(s, lines, [at.x, at.y], rotate));
    }
  }
  return items;
}

/**
 * Labels maplibre placed inside an area (a park, a lake, a river's channel), where it chose (the
 * pole of each tile's piece of the area): found by asking, across the area's box on screen,
 * where it drew this feature's label; each group of hits is one label, centred on the group.
 */
function areaLabels(probe: MapProbe, layerId: string, key: string, box: { x0: number; y0: number; x1: number; y1: number }, s: LabelStyle, metrics: FontMetrics): TextItem[] {
  const step = s.size / 2;
  const hits: Array<[number, number]> = [];
  for (let y = box.y0; y <= box.y1; y += step) for (let x = box.x0; x <= box.x1; x += step) if (labelAt(probe, layerId, key, [x, y])) hits.push([x, y]);
  const { lines, w, h } = wrapped(s, metrics);
  return hitGroups(hits, 2 * step).map((g) => {
    const centre: [number, number] = [g.x + g.w / 2, g.y + g.h / 2];
    return textItem(s, boxLines(labelBox(centre, 'center', [0, 0], w, h), lines, s.size, s.lineHeight), centre);
  });
}

/** The on-screen box of a geometry, clipped to the view; null when it lies outside. */
function screenBox(geometry: GeoJSON.Geometry, project: MapProbe['project'], view: { w: number; h: number }) {
  const xs: number[] = [];
  const ys: number[] = [];
  coordEach(geometry, ([lng, lat]) => {
    const [x, y] = project([lng, lat]);
    xs.push(x);
    ys.push(y);
  });
  if (xs.length === 0) return null;
  const box = { x0: Math.max(0, Math.min(...xs)), y0: Math.max(0, Math.min(...ys)), x1: Math.min(view.w, Math.max(...xs)), y1: Math.min(view.h, Math.max(...ys)) };
  return box.x0 < box.x1 && box.y0 < box.y1 ? box : null;
}

/** CSS pixels beyond the map's edges where line labels are still looked for. */
const LINE_LABEL_MARGIN = 60;

async function labelItems(probe: MapProbe, c: CompiledLayer, zoom: number, request: SceneRequest, featuresOf: FeaturesOf): Promise<TextItem[]> {
  const layer = c.layer;
  const placed = probe.drawnFeatures(layer.id);
  if (placed.length === 0) return [];
  const placement = c.layout<string>('symbol-placement', zoom);
  const seen = new Set<string>();
  const items: TextItem[] = [];
  if (placement === 'point') {
    const areas: Array<{ key: string; s: LabelStyle }> = [];
    for (const g of placed) {
      const key = featureKey(layer.id, g);
      if (seen.has(key)) continue;
      seen.add(key);
      const f: EvalFeature = { geometryType: g.geometry.type, properties: g.properties, id: g.id };
      const s = labelStyle(c, zoom, f);
      if (!s) continue;
      if (g.geometry.type === 'Polygon' || g.geometry.type === 'MultiPolygon') areas.push({ key, s });
      else for (const p of geometryPoints(g.geometry, probe.project)) items.push(pointLabel(probe, c, zoom, f, key, p, s, request.metrics));
    }
    if (areas.length === 0) return items;
    // An area's label: looked for across the whole area (the placed feature is one tile's piece).
    const css = probe.cssSize();
    for (const feature of await featuresOf((layer as { source: string }).source)) {
      const area = areas.find((a) => a.key === featureKey(layer.id, { properties: feature.properties }));
      const box = area && feature.geometry ? screenBox(feature.geometry, probe.project, { w: css.width, h: css.height }) : null;
      if (area && box) items.push(...areaLabels(probe, layer.id, area.key, box, area.s, request.metrics));
    }
    return items;
  }
  // Along lines: walk the source's whole lines (a tile's piece would split a label at tile edges),
  // a little beyond the map's edges too: a label whose middle lies just outside still reaches into
  // the frame, as it does in the PNG (maplibre keeps placing labels in a band around its view).
  const keys = new Set(placed.map((g: ProbeFeature) => featureKey(layer.id, g)));
  const css = probe.cssSize();
  const view = { x: -LINE_LABEL_MARGIN, y: -LINE_LABEL_MARGIN, w: css.width + 2 * LINE_LABEL_MARGIN, h: css.height + 2 * LINE_LABEL_MARGIN };
  for (const feature of await featuresOf((layer as { source: string }).source)) {
    const key = featureKey(layer.id, { properties: feature.properties });
    if (!keys.has(key) || seen.has(key) || !feature.geometry) continue;
    seen.add(key);
    const f: EvalFeature = { geometryType: feature.geometry.type, properties: feature.properties ?? {} };
    const s = labelStyle(c, zoom, f);
    if (!s) continue;
    const parts = geometryParts(feature.geometry, probe.project, view, 0);
    items.push(...lineLabels(probe, layer.id, key, parts.map((p) => p.points), s, request.metrics));
  }
  return items;
}

/** CSS pixels of the offscreen map → image pixels of the page. */
function toPage(item: SceneItem, X: (x: number) => number, Y: (y: number) => number, pr: number): SceneItem {
  if (item.kind !== 'text') return item;
  return {
    ...item,
    lines: item.lines.map((l) => ({ text: l.text, x: X(l.x), y: Y(l.y) })),
    size: item.size * pr,
    letterSpacing: item.letterSpacing * pr,
    halo: item.halo ? { color: item.halo.color, width: item.halo.width * pr } : null,
    pivot: [X(item.pivot[0]), Y(item.pivot[1])],
  };
}

/** The online basemap alone: the map redrawn with every GeoJSON layer hidden, cropped to the frame. */
function basemapImage(probe: MapProbe, style: StyleSpecification, frame: Rect, signal: AbortSignal) {
  const hidden = style.layers.filter((layer) => isGeojson(style, layer)).map((layer) => layer.id);
  // Drawn at the page's ratio (see hasRasterBasemap): the canvas's centre is the frame, as in a PNG.
  const { width, height } = probe.cssSize();
  const pr = probe.pixelRatio();
  const crop = { x: Math.floor((Math.round(width * pr) - frame.w) / 2), y: Math.floor((Math.round(height * pr) - frame.h) / 2), w: frame.w, h: frame.h };
  return probe.pixelsWithout(hidden, crop, signal);
}

export async function buildVectorScene(probe: MapProbe, style: StyleSpecification, request: SceneRequest): Promise<VectorScene> {
  const { frame } = request;
  const zoom = probe.zoom();
  // Page pixels per CSS pixel. The map may be drawn at a lower ratio than the page's (a vector
  // export without a raster basemap needs its placement, not its pixels): positions are CSS
  // pixels from the map's centre, scaled to the page around the frame's centre.
  const pr = request.pageRatio;
  const { width: cssW, height: cssH } = probe.cssSize();
  const toX = (x: number) => frame.x + frame.w / 2 + (x - cssW / 2) * pr;
  const toY = (y: number) => frame.y + frame.h / 2 + (y - cssH / 2) * pr;
  const project = (lngLat: [number, number]): [number, number] => {
    const [x, y] = probe.project(lngLat);
    return [toX(x), toY(y)];
  };
  // Clipped a little outside the frame: the cut edges are hidden by the writers' exact clip.
  const margin = 16 * pr;
  const clip = { x: frame.x - margin, y: frame.y - margin, w: frame.w + 2 * margin, h: frame.h + 2 * margin };
  const raster = hasRasterBasemap(style);
  if (raster && Math.abs(probe.pixelRatio() - pr) > 1e-6) throw new Error('a raster basemap must be drawn at the page’s pixel ratio');
  const groups: SceneGroup[] = [];
  // Consecutive style layers of one group share its element; a group met again after another
  // (rare: labels are all on top) gets a second element with the same name and a unique id.
  let lastRef: string | null = null;
  const push = (ref: SceneGroupRef, items: SceneItem[]) => {
    if (items.length === 0) return;
    const last = groups[groups.length - 1];
    if (last && lastRef === ref.id) {
      last.items.push(...items);
      return;
    }
    const id = groups.some((g) => g.id === ref.id) ? `${ref.id}--${groups.length}` : ref.id;
    lastRef = ref.id;
    groups.push({ id, name: ref.name, items });
  };
  let background: string | null = null;
  // Each source read once, for its geometry layers and its line labels alike.
  const cache = new Map<string, Promise<SourceFeature[]>>();
  const featuresOf: FeaturesOf = (sourceId) => {
    let features = cache.get(sourceId);
    if (!features) {
      features = sourceFeatures(style, sourceId, request);
      cache.set(sourceId, features);
    }
    return features;
  };
  for (const layer of style.layers) {
    if (request.signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
    if (!layerShownAt(layer, zoom)) continue;
    if (layer.type === 'background') {
      if (!raster) background = colorOf(compileLayer(layer).paint('background-color', zoom))?.hex ?? null;
      continue;
    }
    if (!isGeojson(style, layer)) continue;
    const c = compileLayer(layer);
    if (layer.type === 'symbol') {
      const labels = await labelItems(probe, c, zoom, request, featuresOf);
      push(request.groupOf(layer.id, true), labels.map((item) => toPage(item, toX, toY, pr)));
      continue;
    }
    if (layer.type !== 'fill' && layer.type !== 'line' && layer.type !== 'circle') continue;
    const sourceId = layer.source;
    const items: SceneItem[] = [];
    for (const feature of await featuresOf(sourceId)) {
      if (!feature.geometry) continue;
      const f: EvalFeature = { geometryType: feature.geometry.type, properties: feature.properties ?? {}, id: feature.stateId };
      if (!c.accepts(zoom, f)) continue;
      const state = feature.stateId !== undefined ? probe.featureState(sourceId, feature.stateId) : {};
      if (layer.type === 'circle') {
        items.push(...circleItems(c, zoom, f, state, geometryPoints(feature.geometry, project), pr));
        continue;
      }
      const parts = geometryParts(feature.geometry, project, clip, THIN_TOLERANCE);
      if (parts.length === 0) continue;
      if (layer.type === 'fill') {
        const color = colorOf(c.paint('fill-color', zoom, f, state));
        const opacity = c.paint<number>('fill-opacity', zoom, f, state) * (color?.alpha ?? 0);
        const hatch = hatchOf(c.paint<unknown>('fill-pattern', zoom, f, state), opacity, pr);
        const rings = parts.filter((p) => p.closed).map((p) => p.points);
        if (hatch) items.push({ kind: 'path', parts: rings, closed: true, fill: null, stroke: null, hatch });
        else if (color && opacity > 0) items.push({ kind: 'path', parts: rings, closed: true, fill: { color: color.hex, opacity }, stroke: null });
      } else {
        const stroke = strokeOf(c, zoom, f, state, pr);
        if (stroke) items.push({ kind: 'path', parts: parts.map((p) => p.points), closed: parts.every((p) => p.closed), fill: null, stroke });
      }
    }
    push(request.groupOf(layer.id, false), items);
  }
  const basemap = raster ? await basemapImage(probe, style, frame, request.signal) : null;
  return { frame, background, basemap, groups };
}
