/**
 * One framing rule for every subject the map is asked to show (a selected zone, a search result,
 * a briefing step, an embed's first view): fit the subject's bounds into the part of the map that
 * no panel, sheet, legend or control covers, within a zoom range for that kind of subject. Pure
 * apart from `obstaclesIn`, which reads the page.
 */
import type { ZoneKind } from '../zones/ids';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What covers the map: the policy panel or sheet, drawers, the legend, the step bar, the embed bar and maplibre's controls. */
export const OBSTACLE_SELECTOR = [
  '.policy-panel',
  '.drawer',
  '.legend',
  '.briefing-bar',
  '.embed-bar > *',
  '.maplibregl-ctrl-top-right .maplibregl-ctrl',
  '.maplibregl-ctrl-bottom-left .maplibregl-ctrl',
  '.maplibregl-ctrl-bottom-right .maplibregl-ctrl',
].join(', ');

/** The zoom range a subject is framed within: a cluster is not blown up to street level, a county not shrunk to a dot. */
export const ZOOM_RANGE: Record<ZoneKind, { min: number; max: number }> = {
  district: { min: 9, max: 12.5 },
  core: { min: 10, max: 14.5 },
  belt: { min: 10, max: 13.5 },
  axis: { min: 10, max: 14 },
  cluster: { min: 10, max: 14.5 },
  partner: { min: 5, max: 10 },
  village: { min: 8, max: 12 },
  park: { min: 5, max: 11 },
};

/** At least this share of each dimension stays free for the subject, however much is covered. */
const MIN_FREE = 0.35;

/**
 * Camera padding that keeps the subject clear of `obstacles` (boxes relative to a map of
 * `width`×`height`). Each obstacle pushes in from the side it sits against; one in a corner (the
 * legend) from whichever side costs less of the map.
 */
export function paddingFor(width: number, height: number, obstacles: readonly Box[], margin = 20): Padding {
  const pad: Padding = { top: margin, bottom: margin, left: margin, right: margin };
  for (const o of obstacles) {
    const left = Math.max(0, o.left);
    const top = Math.max(0, o.top);
    const right = Math.min(width, o.right);
    const bottom = Math.min(height, o.bottom);
    if (right <= left || bottom <= top) continue;
    // The covered band from each side, and what losing it costs (its share of the map).
    const options: Array<{ side: keyof Padding; depth: number; cost: number }> = [
      { side: 'left', depth: right, cost: right * height },
      { side: 'right', depth: width - left, cost: (width - left) * height },
      { side: 'top', depth: bottom, cost: bottom * width },
      { side: 'bottom', depth: height - top, cost: (height - top) * width },
    ];
    const best = options.reduce((a, b) => (b.cost < a.cost ? b : a));
    pad[best.side] = Math.max(pad[best.side], best.depth + margin);
  }
  // Never so much that nothing is left: maplibre refuses to fit into a negative space.
  const shrink = (a: keyof Padding, b: keyof Padding, size: number) => {
    const limit = size * (1 - MIN_FREE);
    const sum = pad[a] + pad[b];
    if (sum > limit) {
      pad[a] = Math.floor((pad[a] * limit) / sum);
      pad[b] = Math.floor((pad[b] * limit) / sum);
    }
  };
  shrink('left', 'right', width);
  shrink('top', 'bottom', height);
  return pad;
}

/**
 * Whether `subject` (a zone's box on screen) lies whole in the part of a `width`×`height` map that
 * `padding` leaves free: a zone tapped on a phone is framed only when the sheet or an edge cuts it.
 */
export function wholeInFree(subject: Box, width: number, height: number, padding: Padding): boolean {
  return subject.left >= padding.left && subject.top >= padding.top && subject.right <= width - padding.right && subject.bottom <= height - padding.bottom;
}

/** A policy panel laid out as a bottom sheet (a phone): it spans the map's width from its foot. */
export function isBottomSheet(panel: Box, width: number, height: number): boolean {
  return panel.left <= 1 && panel.right >= width - 1 && panel.bottom >= height - 1;
}

/** A page rectangle relative to the map's frame. */
export function boxIn(r: DOMRect, frame: DOMRect): Box {
  return { left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top };
}

/** The boxes of the page's obstacles that overlap `container`, relative to it. */
export function obstaclesIn(container: HTMLElement, root: ParentNode = document): Box[] {
  const frame = container.getBoundingClientRect();
  return [...root.querySelectorAll(OBSTACLE_SELECTOR)].flatMap((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return [];
    const box = boxIn(r, frame);
    return box.right > 0 && box.bottom > 0 && box.left < frame.width && box.top < frame.height ? [box] : [];
  });
}

/** The union of bounding boxes, [west, south, east, north]. */
export function unionBounds(boxes: ReadonlyArray<readonly [number, number, number, number]>): [number, number, number, number] | null {
  if (boxes.length === 0) return null;
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** The zoom range for several subjects: the widest kind's lower bound, the narrowest upper bound. */
export function zoomRangeFor(kinds: readonly ZoneKind[]): { min: number; max: number } {
  const ranges = kinds.map((k) => ZOOM_RANGE[k]);
  return { min: Math.min(...ranges.map((r) => r.min)), max: Math.min(...ranges.map((r) => r.max)) };
}
