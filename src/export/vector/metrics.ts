/**
 * Text widths of the embedded face (Noto Sans CJK SC), known before the face loads: the vector
 * page is laid out with them, so the dialog states its plan and the file keeps it.
 */
import metricsJson from '../../../data/fonts/metrics.json';
import type { Measure } from '../layout';
import { type FontMetrics, textWidth } from './labelLayout';

export const FONT_METRICS: FontMetrics = { widths: metricsJson.widths as Record<string, number>, defaultWidth: metricsJson.defaultWidth };

export const vectorMeasure: Measure = (text, size) => textWidth(text, size, 0, FONT_METRICS);
