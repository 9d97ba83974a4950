/**
 * What the map's `markup` source holds: each shape as the parts its style layers draw (area,
 * line, arrow head, point, label), with its style as properties. Pure: the same features feed
 * the live map, the offscreen export map and so the PNG, PDF, SVG and deck.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Lang } from '../i18n';
import { formatMeasuredKm, formatMeasuredKm2 } from '../i18n/format';
import { nearestEdgePoint } from '../geo/measure';
import { arrowHead, measureShape, shapeEnd, shapeGeometry, shapeLabelPoint } from './geometry';
import { MARKUP_PALETTE, type MarkupShape } from './types';

export type MarkupPart = 'area' | 'line' | 'head' | 'point' | 'label' | 'from-zone';

export interface MarkupFeatureOptions {
  lang: Lang;
  /** Write each line's length and each area's size on the map. */
  measurements: boolean;
  /** Measuring from a zone: its geometry, and the shape the distance runs to. */
  fromZone?: { zone: Geometry; shape: MarkupShape } | null;
}

/** A shape's measurement as the map and the list print it (three significant figures: a drawing is exact to its clicks). */
export function measurementText(shape: MarkupShape, lang: Lang): string {
  const m = measureShape(shape);
  if (m.lengthKm !== null) return formatMeasuredKm(m.lengthKm, lang);
  if (m.areaKm2 !== null) return formatMeasuredKm2(m.areaKm2, lang);
  return '';
}

export function markupFeatures(shapes: readonly MarkupShape[], options: MarkupFeatureOptions): FeatureCollection {
  const features: Feature[] = [];
  for (const shape of shapes) {
    const colour = MARKUP_PALETTE[shape.style.color] ?? MARKUP_PALETTE[0];
    const props = {
      id: shape.id,
      color: colour.hex,
      casing: colour.casing,
      width: shape.style.width,
      dashed: shape.style.dashed,
      fill: shape.style.fill / 100,
      hatch: shape.style.hatch,
      size: shape.style.text,
    };
    const part = (p: MarkupPart, geometry: Geometry, extra: Record<string, unknown> = {}) => features.push({ type: 'Feature', properties: { ...props, part: p, ...extra }, geometry });
    const geometry = shapeGeometry(shape);
    if (geometry.type === 'Polygon') part('area', geometry);
    else if (geometry.type === 'LineString') part('line', geometry);
    if (shape.kind === 'arrow' && shape.headM) {
      const head = arrowHead(shape.coords, shape.headM);
      if (head) part('head', { type: 'Polygon', coordinates: [head] });
    }
    const measured = options.measurements ? measurementText(shape, options.lang) : '';
    if (geometry.type === 'Point') part('point', geometry, { label: shape.note });
    else {
      const label = [shape.note, measured].filter(Boolean).join('\n');
      // A line's label sits just above the line, an area's on its label point.
      if (label) part('label', { type: 'Point', coordinates: shapeLabelPoint(shape) }, { label, along: geometry.type === 'LineString' });
    }
  }
  const from = options.fromZone;
  const end = from ? shapeEnd(from.shape) : null;
  const edge = from && end ? nearestEdgePoint(from.zone, end) : null;
  if (edge && end) features.push({ type: 'Feature', properties: { part: 'from-zone', color: MARKUP_PALETTE[0].hex }, geometry: { type: 'LineString', coordinates: [edge, end] } });
  return { type: 'FeatureCollection', features };
}
