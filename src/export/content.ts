/**
 * What the page says around the map, from the store and the bundled data: the title, the legend
 * of what is visible, attribution, sources, dates, the north label and the permalink.
 */
import { DOCUMENTS, zoneById } from '../content';
import { isDocumentSource, type Source } from '../content/types';
import type { BriefingStep } from '../embed/briefing';
import { type Lang, messagesFor } from '../i18n';
import { exportMessages } from './messages';
import { isTianditu } from '../layers/basemaps';
import { importedLayerDef, importedLegendRows } from '../layers/imported';
import { MARKUP_LAYER } from '../layers/markup';
import { markupLegendRows } from '../markup/legend';
import { EMPTY_MARKUP } from '../markup/types';
import { LAYERS } from '../layers/registry';
import type { LayerDef } from '../layers/types';
import { styleLayer, swatchOf } from '../layers/swatch';
import { legendFor } from '../layers/toggles';
import type { MapFrame, MapSnapshot } from '../map/frame';
import type { AtlasState } from '../state/store';
import { fullMapQueryOf, viewOnlyQueryOf } from '../url/sync';
import type { ZoneId } from '../zones/ids';
import type { ExportContent, LegendRow } from './layout';
import type { ExportPlan, Rect } from './plan';
import { metresPerCssPixel, niceScaleBar, worldPx } from './scaleBar';

/** The newest date among the source documents: what the plan's content is current to. */
export const DATA_DATE =
  DOCUMENTS.map((d) => d.date)
    .sort()
    .at(-1) ?? '';

function currentStep(s: Pick<AtlasState, 'briefingSteps' | 'stepIndex'>): BriefingStep | undefined {
  return s.stepIndex !== null ? s.briefingSteps?.[s.stepIndex] : undefined;
}

/** The selected zone's name, else the plan's title with the briefing step's name, else the plan's title. */
export function defaultTitle(s: Pick<AtlasState, 'lang' | 'selectedZoneId' | 'briefingSteps' | 'stepIndex'>): string {
  if (s.selectedZoneId) return zoneById(s.selectedZoneId).name[s.lang];
  const step = currentStep(s);
  const plan = exportMessages(s.lang).defaultTitle;
  return step ? `${plan} · ${step.title[s.lang]}` : plan;
}

/** The zone, else the briefing step, else the view: the `<zone-or-view>` of the file name. */
export function exportSubject(s: Pick<AtlasState, 'selectedZoneId' | 'briefingSteps' | 'stepIndex'>): string | null {
  if (s.selectedZoneId) return s.selectedZoneId;
  const step = currentStep(s);
  return step ? step.title.en : null;
}

/**
 * A printed link (and its QR code) carries the markup while it stays this short: a few shapes. A
 * longer one would make the QR code too dense to scan from paper; the view is linked without it.
 */
export const MAX_PRINTED_LINK_WITH_MARKUP = 600;

/** A link to the same live view in the full Atlas (an embed's chrome and host are left out). */
export function exportPermalink(s: AtlasState, location: { origin: string; pathname: string }): string {
  const link = (state: AtlasState) => {
    // A built-in briefing's step is two short parameters; a planner's own step links to its own view
    // (the whole list would outgrow a QR code: 20 steps are ~47,000 characters unpacked).
    const query = state.briefingSteps && !state.briefingId ? viewOnlyQueryOf(state) : fullMapQueryOf(state);
    // Commas and colons are legal in a query: printed under a QR code, `114.05,22.54` reads better than `114.05%2C22.54`.
    return new URL(`${location.origin}${location.pathname}${query}`).href.replace(/%2C/gi, ',').replace(/%3A/gi, ':');
  };
  const full = link(s);
  return full.length <= MAX_PRINTED_LINK_WITH_MARKUP || s.markup.shapes.length === 0 ? full : link({ ...s, markup: EMPTY_MARKUP });
}

const styleIdsOf = (def: LayerDef | undefined) => def?.style.map((l) => l.id) ?? [];

/**
 * Legend rows for what the exported frame actually draws (a layer switched on but outside the
 * frame is left out); with 'all', every row the visible layers could list (before the frame is drawn).
 */
export function legendRows(s: AtlasState, drawn: ReadonlySet<string> | 'all'): LegendRow[] {
  const isDrawn = (styleIds: string[]) => drawn === 'all' || styleIds.some((id) => drawn.has(id));
  const rows: LegendRow[] = legendFor(s.visibility)
    .filter(({ toggle }) => isDrawn(toggle.layers.flatMap((id) => styleIdsOf(LAYERS.find((l) => l.id === id)))))
    .flatMap(({ entries }) => entries.filter((e) => !e.drawnAs || isDrawn(e.drawnAs)).map((e) => ({ label: e.label[s.lang], swatch: e.swatch })));
  // The selection's swatch is its outline as drawn when selected (4 px, black), not the hover-free fallback.
  if (s.selectedZoneId) {
    const name = zoneById(s.selectedZoneId).name[s.lang];
    // 一核 or a belt selected: its name is already a row (its own symbol); the selection row need not repeat it.
    const label = exportMessages(s.lang).selected(rows.some((r) => r.label === name) ? null : name);
    rows.unshift({ label, swatch: swatchOf([styleLayer('clusters-highlight-line')], {}, { selected: true }) });
  }
  for (const layer of s.importedLayers) {
    if (isDrawn(styleIdsOf(importedLayerDef(layer)))) rows.push(...importedLegendRows(layer, s.lang));
  }
  // The planner's markup: one row per style used, under the name the planner gave it.
  if (s.markupVisible && isDrawn(styleIdsOf(MARKUP_LAYER))) {
    for (const row of markupLegendRows(s.markup, s.lang)) rows.push({ label: row.label, swatch: row.swatch });
  }
  // Each row once (two imported files of one name, say): a legend that repeats itself explains nothing.
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.label}\u0000${JSON.stringify(r.swatch)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Attribution as the style's sources state it (an online basemap's too), as plain text. */
function attributionText(snapshot: MapSnapshot): string {
  return attributionParts(snapshot.style).join(' · ');
}

/** Each source's attribution once, as plain text (a deck's credits slide lists them). */
export function attributionParts(style: Pick<MapSnapshot['style'], 'sources'>): string[] {
  const all = Object.values(style.sources).map((src) => ('attribution' in src && typeof src.attribution === 'string' ? src.attribution : ''));
  const text = all
    .map((a) =>
      a
        .replace(/<[^>]*>/g, '')
        .replace(/&copy;/g, '©')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  return [...new Set(text)];
}

/** A source document as exports print it: title (date). */
export function documentLine(d: (typeof DOCUMENTS)[number], lang: Lang): string {
  return `${d.title[lang]} (${d.date})`;
}

/** The source documents the view cites (the selection's), else all of them, as printed: title (date). */
export function documentsCited(s: AtlasState): string[] {
  const ids = new Set<string>();
  if (s.selectedZoneId) {
    const zone = zoneById(s.selectedZoneId);
    const sources: Source[] = [zone.role, ...(zone.positioning ? [zone.positioning] : []), ...zone.industries, ...zone.measures, ...zone.figures, ...(zone.goals ?? [])].map((x) => x.source);
    for (const src of sources) if (isDocumentSource(src)) ids.add(src.doc);
  }
  const docs = ids.size > 0 ? DOCUMENTS.filter((d) => ids.has(d.id)) : DOCUMENTS;
  return docs.map((d) => documentLine(d, s.lang));
}

/**
 * Whether the figure is a standard map: only 天地图, with the 审图号 its service is published
 * under (public/basemaps.json), is one; over anything else the Atlas is a schematic map.
 */
export function mapStatus(s: Pick<AtlasState, 'lang' | 'basemap' | 'basemapConfig'>): string {
  const m = exportMessages(s.lang);
  const review = s.basemapConfig?.tiandituReviewNumber;
  return s.basemap && isTianditu(s.basemap) && review ? m.reviewNumber(review) : m.schematic;
}

/** Unambiguous dates: 2026年12月1日 in Chinese, ISO 8601 (2026-12-01) in English, never 01/12/2026. */
export function localDate(date: Date, lang: Lang): string {
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The zones an export is about: the selection, else the briefing step's subject, else the district. */
export function subjectZones(s: AtlasState): ZoneId[] {
  if (s.selectedZoneId) return [s.selectedZoneId];
  return currentStep(s)?.subject ?? ['futian'];
}

/**
 * Where the subject lies on the page, in image pixels: its bounds projected with Web Mercator at
 * the export's camera, clipped to the map frame. Null for a turned or pitched map (its bounds are
 * no longer a rectangle) or a subject outside the frame.
 */
export function subjectRect(s: AtlasState, snapshot: Pick<MapFrame, 'center' | 'bearing' | 'pitch'>, plan: ExportPlan): Rect | null {
  if (Math.abs(snapshot.bearing) > 0.5 || snapshot.pitch >= 1 || !s.zoneGeo) return null;
  const boxes = subjectZones(s).flatMap((id) => {
    const g = s.zoneGeo?.get(id);
    return g ? [g.bbox] : [];
  });
  if (boxes.length === 0) return null;
  // Image pixels: world pixels at the export's zoom, times the page's pixel ratio, from the map's centre.
  const page = ([lng, lat]: [number, number]): [number, number] => {
    const [px, py] = worldPx([lng, lat], plan.zoom);
    const [cx, cy] = worldPx(snapshot.center, plan.zoom);
    return [plan.mapRect.x + plan.mapRect.w / 2 + (px - cx) * plan.page.pixelRatio, plan.mapRect.y + plan.mapRect.h / 2 + (py - cy) * plan.page.pixelRatio];
  };
  const [left, top] = page([Math.min(...boxes.map((b) => b[0])), Math.max(...boxes.map((b) => b[3]))]);
  const [right, bottom] = page([Math.max(...boxes.map((b) => b[2])), Math.min(...boxes.map((b) => b[1]))]);
  // Only the part inside the map frame is on the page: a subject larger than the frame is clipped to it.
  const m = plan.mapRect;
  const [x0, y0, x1, y1] = [Math.max(left, m.x), Math.max(top, m.y), Math.min(right, m.x + m.w), Math.min(bottom, m.y + m.h)];
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}

export function exportContent(s: AtlasState, snapshot: MapSnapshot, plan: ExportPlan, drawn: ReadonlySet<string>, permalink: string, qr: boolean[][], now: Date): ExportContent {
  const m = messagesFor(s.lang);
  const centreLat = snapshot.center[1];
  // A pitched map has no single scale; the bar would be wrong away from the centre line.
  const scale = snapshot.pitch < 1 ? niceScaleBar(metresPerCssPixel(centreLat, plan.zoom) / plan.page.pixelRatio, 160 * plan.page.pixelRatio) : null;
  return {
    legendTitle: m.layers.legend,
    legend: legendRows(s, drawn),
    attribution: exportMessages(s.lang).attributionLine(attributionText(snapshot)),
    sources: exportMessages(s.lang).sourcesLine(documentsCited(s).join(s.lang === 'zh' ? '；' : '; ')),
    dateLine: exportMessages(s.lang).dateLine(DATA_DATE, localDate(now, s.lang)),
    mapStatus: mapStatus(s),
    permalink,
    qr,
    northLabel: exportMessages(s.lang).north,
    subject: subjectRect(s, snapshot, plan),
    scale,
    bearing: snapshot.bearing,
  };
}
