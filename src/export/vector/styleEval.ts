/**
 * Evaluates a style layer's filter, paint and layout for one feature at one zoom with maplibre's
 * own style-spec expression engine: the vector export draws each feature with exactly the values
 * the screen uses (zoom curves, `match`es, feature-state highlights), not a re-implementation.
 */
import {
  type Color,
  type Feature,
  type FeatureState,
  featureFilter,
  type LayerSpecification,
  latest,
  normalizePropertyExpression,
  type StylePropertyExpression,
} from '@maplibre/maplibre-gl-style-spec';

export interface EvalFeature {
  /** GeoJSON geometry type of the feature; maplibre's tiles know only Point, LineString and Polygon. */
  geometryType: GeoJSON.Geometry['type'];
  properties: Record<string, unknown>;
  id?: string | number;
}

export interface CompiledLayer {
  layer: LayerSpecification;
  accepts: (zoom: number, feature: EvalFeature) => boolean;
  paint: <T = unknown>(name: string, zoom: number, feature?: EvalFeature, state?: FeatureState) => T;
  layout: <T = unknown>(name: string, zoom: number, feature?: EvalFeature) => T;
}

const TILE_TYPE: Record<GeoJSON.Geometry['type'], 1 | 2 | 3> = {
  Point: 1,
  MultiPoint: 1,
  LineString: 2,
  MultiLineString: 2,
  Polygon: 3,
  MultiPolygon: 3,
  GeometryCollection: 1,
};

function asSpecFeature(f: EvalFeature | undefined): Feature | undefined {
  return f ? { type: TILE_TYPE[f.geometryType], properties: f.properties, id: f.id } : undefined;
}

type SpecTable = Record<string, Record<string, unknown>>;

export function compileLayer(layer: LayerSpecification): CompiledLayer {
  const spec = latest as unknown as SpecTable;
  const cache = new Map<string, StylePropertyExpression>();
  const property = (kind: 'paint' | 'layout', name: string): StylePropertyExpression => {
    const key = `${kind}:${name}`;
    let compiled = cache.get(key);
    if (!compiled) {
      const table = spec[`${kind}_${layer.type}`];
      const propertySpec = table?.[name];
      if (!propertySpec) throw new Error(`vector export: ${layer.type} layers have no ${kind} property ${name}`);
      const values = (layer as { paint?: Record<string, unknown>; layout?: Record<string, unknown> })[kind] ?? {};
      const value = values[name] ?? (propertySpec as { default?: unknown }).default;
      compiled = normalizePropertyExpression(value as never, `${layer.id}.${name}`, propertySpec as never);
      cache.set(key, compiled);
    }
    return compiled;
  };
  const filter = 'filter' in layer && layer.filter ? featureFilter(layer.filter, `${layer.id}.filter`) : null;
  return {
    layer,
    accepts: (zoom, feature) => !filter || filter.filter({ zoom }, asSpecFeature(feature) as Feature),
    paint: (name, zoom, feature, state) => property('paint', name).evaluate({ zoom }, asSpecFeature(feature), state ?? {}) as never,
    layout: (name, zoom, feature) => property('layout', name).evaluate({ zoom }, asSpecFeature(feature)) as never,
  };
}

/** Whether a layer is drawn at this zoom at all: visibility, minzoom (inclusive), maxzoom (exclusive). */
export function layerShownAt(layer: LayerSpecification, zoom: number): boolean {
  if ((layer.layout as { visibility?: string } | undefined)?.visibility === 'none') return false;
  if (layer.minzoom !== undefined && zoom < layer.minzoom) return false;
  if (layer.maxzoom !== undefined && zoom >= layer.maxzoom) return false;
  return true;
}

/** A style colour as `#rrggbb` and its alpha (maplibre keeps colours premultiplied). */
export function colorOf(value: Color | string | null | undefined): { hex: string; alpha: number } | null {
  if (!value || typeof value === 'string') return null;
  const { r, g, b, a } = value;
  if (a <= 0) return null;
  const channel = (c: number) =>
    Math.round(Math.min(1, Math.max(0, c / a)) * 255)
      .toString(16)
      .padStart(2, '0');
  return { hex: `#${channel(r)}${channel(g)}${channel(b)}`, alpha: a };
}
