/**
 * The export page as a list of drawing primitives in image pixels: one layout, drawn by the canvas
 * (PNG) and by the PDF and SVG writers. Its parts live beside it: the vocabulary and text fitting
 * (./primitives.ts), the legend (./legendLayout.ts), the title, footer, scale bar and north arrow
 * (./pageFurniture.ts). Pure: fonts come in as `measure`.
 */
import { legendPrimitives } from './legendLayout';
import { footerPrimitives, headerPrimitives, northPrimitives, scalePrimitives } from './pageFurniture';
import type { ExportPlan } from './plan';
import { CARD, type ExportContent, type ExportOptions, type Measure, type Primitive } from './primitives';

export { legendCorner, legendRect, legendReserve, overlapArea } from './legendLayout';
export { type ExportContent, type ExportOptions, fitText, type LegendRow, type Measure, type Paint, type Primitive, wrapText } from './primitives';

export function layoutExport(plan: ExportPlan, options: ExportOptions, content: ExportContent, measure: Measure): Primitive[] {
  return [
    {
      kind: 'rect',
      rect: { x: 0, y: 0, w: plan.page.width, h: plan.page.height },
      fill: CARD,
    },
    { kind: 'map', rect: plan.mapRect },
    ...headerPrimitives(plan, options, measure),
    ...(options.legend ? legendPrimitives(plan, content, measure) : []),
    ...(options.scaleBar && content.scale ? scalePrimitives(plan, content.scale, measure) : []),
    ...(options.northArrow ? northPrimitives(plan, content) : []),
    ...footerPrimitives(plan, options, content, measure),
  ];
}

