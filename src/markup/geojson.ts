/**
 * Markup as a GeoJSON file: each shape a Feature with its geometry as drawn and its kind, style
 * and note as properties (a circle's centre and radius too), the legend's names on the
 * collection. Export → import gives equal shapes. Any GeoJSON imports: a feature without the
 * Atlas' properties becomes a point, line or area in the current style. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { shapeGeometry } from './geometry';
import { readShape } from './schema';
import { type LngLat, MARKUP_KINDS, MARKUP_PALETTE, type Markup, type MarkupKind, type MarkupShape, type MarkupStyle, MAX_NOTE } from './types';

export const MARKUP_FILE_FORMAT = 'futian-atlas-markup';

export interface MarkupFile extends FeatureCollection {
  atlas: { format: typeof MARKUP_FILE_FORMAT; version: 1; names: Record<string, string> };
}

export function markupToGeoJson(markup: Markup): MarkupFile {
  return {
    type: 'FeatureCollection',
    atlas: { format: MARKUP_FILE_FORMAT, version: 1, names: markup.names },
    features: markup.shapes.map((shape) => ({
      type: 'Feature',
      id: shape.id,
      geometry: shapeGeometry(shape),
      properties: {
        kind: shape.kind,
        note: shape.note,
        // The colour as a hex (readable in any GIS) and as the palette's index.
        stroke: MARKUP_PALETTE[shape.style.color]?.hex ?? MARKUP_PALETTE[0].hex,
        style: shape.style,
        ...(shape.kind === 'circle' ? { centre: shape.coords[0], radiusM: shape.radiusM } : {}),
        ...(shape.headM !== undefined ? { headM: shape.headM } : {}),
      },
    })),
  };
}

export interface MarkupImport {
  markup: Markup;
  /** Features left out: their number (1-based) and why. */
  skipped: Array<{ index: number; reason: string }>;
}

function plainKind(geometry: Geometry): MarkupKind | null {
  if (geometry.type === 'Point') return 'point';
  if (geometry.type === 'LineString') return 'line';
  if (geometry.type === 'Polygon') return 'polygon';
  return null;
}

function coordsOf(kind: MarkupKind, geometry: Geometry, properties: Record<string, unknown>): unknown {
  if (kind === 'circle') return [properties.centre];
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'LineString') return geometry.coordinates;
  if (geometry.type === 'Polygon') return (geometry.coordinates[0] ?? []).slice(0, -1);
  return null;
}

/** Shapes from a validated FeatureCollection (src/import/validateImport.ts has checked it as any import). */
export function markupFromGeoJson(collection: FeatureCollection, fallbackStyle: MarkupStyle): MarkupImport {
  const skipped: MarkupImport['skipped'] = [];
  const shapes: MarkupShape[] = [];
  collection.features.forEach((feature: Feature, i) => {
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const geometry = feature.geometry;
    const declared = typeof properties.kind === 'string' && (MARKUP_KINDS as readonly string[]).includes(properties.kind) ? (properties.kind as MarkupKind) : null;
    const kind = declared ?? (geometry ? plainKind(geometry) : null);
    if (!kind || !geometry) {
      skipped.push({ index: i + 1, reason: geometry?.type ?? 'geometry' });
      return;
    }
    const text = typeof properties.note === 'string' ? properties.note : typeof properties.name === 'string' ? properties.name : '';
    // Another program's long name is cut to a note's length rather than losing the feature.
    const note = declared ? text : text.slice(0, MAX_NOTE);
    const read = readShape({
      id: typeof feature.id === 'string' ? feature.id : undefined,
      kind,
      coords: coordsOf(kind, geometry, properties) as LngLat[],
      note,
      ...(kind === 'circle' ? { radiusM: properties.radiusM } : {}),
      ...(properties.headM !== undefined ? { headM: properties.headM } : {}),
      style: declared ? properties.style : fallbackStyle,
    });
    if ('shape' in read) shapes.push(read.shape);
    else skipped.push({ index: i + 1, reason: read.problem });
  });
  const atlas = (collection as Partial<MarkupFile>).atlas;
  const names = atlas && typeof atlas.names === 'object' && atlas.names !== null ? atlas.names : {};
  return { markup: { shapes, names }, skipped };
}
