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
  type StylePropertySpecification,
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

function fieldOf(table: unknown, key: string): unknown {
  return typeof table === 'object' && table !== null ? Reflect.get(table, key) : undefined;
}

function isPropertySpec(value: unknown): value is StylePropertySpecification {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string' && typeof Reflect.get(value, 'property-type') === 'string';
}

/** The style spec's own entry for a paint or layout property of a layer type (its type, default, expression rules). */
function propertySpec(kind: 'paint' | 'layout', layerType: string, name: string): StylePropertySpecification | null {
  const spec = fieldOf(fieldOf(latest, `${kind}_${layerType}`), name);
  return isPropertySpec(spec) ? spec : null;
}

export function compileLayer(layer: LayerSpecification): CompiledLayer {
  const cache = new Map<string, StylePropertyExpression>();
  const property = (kind: 'paint' | 'layout', name: string): StylePropertyExpression => {
    const key = `${kind}:${name}`;
    let compiled = cache.get(key);
    if (!compiled) {
      const spec = propertySpec(kind, layer.type, name);
      if (!spec) throw new Error(`vector export: ${layer.type} layers have no ${kind} property ${name}`);
      const value = fieldOf(fieldOf(layer, kind), name) ?? spec.default;
      compiled = normalizePropertyExpression<unknown>(value, `${layer.id}.${name}`, spec);
      cache.set(key, compiled);
    }
    return compiled;
  };
  const filter = 'filter' in layer && layer.filter ? featureFilter(layer.filter, `${layer.id}.filter`) : null;
  return {
    layer,
    accepts: (zoom, feature) => !filter || filter.filter({ zoom }, asSpecFeature(feature) as Feature),
    // evaluate() is typed `any` by the style spec: each caller names the type the property has.
    paint: (name, zoom, feature, state) => property('paint', name).evaluate({ zoom }, asSpecFeature(feature), state ?? {}),
    layout: (name, zoom, feature) => property('layout', name).evaluate({ zoom }, asSpecFeature(feature)),
  };
}

/** Whether a layer is drawn at this zoom at all: visibility, minzoom (inclusive), maxzoom (exclusive). */
export function layerShownAt(layer: LayerSpecification, zoom: number): boolean {
  if (fieldOf(layer.layout, 'visibility') === 'none') return false;
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
