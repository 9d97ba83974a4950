/**
 * GeoJSON geometry to page paths: projected by the caller (the map's own transform), clipped to
 * the map frame grown by a margin (so clipped edges fall outside the visible frame, which the
 * writers clip exactly), and thinned to what the page can show. Pure, unit-tested.
 */
import type { Rect } from '../plan';

export type Project = (lngLat: [number, number]) => [number, number];

export interface Part {
  points: number[];
  closed: boolean;
}

/** Drops points nearer than `tolerance` to the last kept one (a ring keeps its closing point). */
export function thin(points: number[], tolerance: number): number[] {
  if (points.length <= 4) return points;
  const out = [points[0], points[1]];
  const t2 = tolerance * tolerance;
  for (let i = 2; i < points.length - 2; i += 2) {
    const dx = points[i] - out[out.length - 2];
    const dy = points[i + 1] - out[out.length - 1];
    if (dx * dx + dy * dy >= t2) out.push(points[i], points[i + 1]);
  }
  out.push(points[points.length - 2], points[points.length - 1]);
  return out;
}

type Edge = { inside: (x: number, y: number) => boolean; cut: (ax: number, ay: number, bx: number, by: number) => [number, number] };

function edges(r: Rect): Edge[] {
  const [x0, y0, x1, y1] = [r.x, r.y, r.x + r.w, r.y + r.h];
  const atX = (x: number) => (ax: number, ay: number, bx: number, by: number): [number, number] => [x, ay + ((by - ay) * (x - ax)) / (bx - ax)];
  const atY = (y: number) => (ax: number, ay: number, bx: number, by: number): [number, number] => [ax + ((bx - ax) * (y - ay)) / (by - ay), y];
  return [
    { inside: (x) => x >= x0, cut: atX(x0) },
    { inside: (x) => x <= x1, cut: atX(x1) },
    { inside: (_, y) => y >= y0, cut: atY(y0) },
    { inside: (_, y) => y <= y1, cut: atY(y1) },
  ];
}

/** Sutherland–Hodgman: a ring clipped to a rectangle stays one ring (possibly empty). */
export function clipRing(points: number[], rect: Rect): number[] {
  let ring = points;
  for (const edge of edges(rect)) {
    if (ring.length < 6) return [];
    const out: number[] = [];
    const n = ring.length / 2;
    for (let i = 0; i < n; i++) {
      const [ax, ay] = [ring[((i + n - 1) % n) * 2], ring[((i + n - 1) % n) * 2 + 1]];
      const [bx, by] = [ring[i * 2], ring[i * 2 + 1]];
      const aIn = edge.inside(ax, ay);
      const bIn = edge.inside(bx, by);
      if (bIn) {
        if (!aIn) out.push(...edge.cut(ax, ay, bx, by));
        out.push(bx, by);
      } else if (aIn) out.push(...edge.cut(ax, ay, bx, by));
    }
    ring = out;
  }
  return ring.length >= 6 ? ring : [];
}

/** Liang–Barsky per segment: a line clipped to a rectangle becomes the runs of it inside. */
export function clipLine(points: number[], rect: Rect): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const [x0, y0, x1, y1] = [rect.x, rect.y, rect.x + rect.w, rect.y + rect.h];
  for (let i = 0; i + 3 < points.length; i += 2) {
    const [ax, ay, bx, by] = [points[i], points[i + 1], points[i + 2], points[i + 3]];
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    const bounds: Array<[number, number]> = [
      [-dx, ax - x0],
      [dx, x1 - ax],
      [-dy, ay - y0],
      [dy, y1 - ay],
    ];
    let visible = true;
    for (const [p, q] of bounds) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!visible || t0 > t1) {
      if (run.length >= 4) runs.push(run);
      run = [];
      continue;
    }
    const [sx, sy, ex, ey] = [ax + t0 * dx, ay + t0 * dy, ax + t1 * dx, ay + t1 * dy];
    if (run.length === 0 || t0 > 0) {
      if (run.length >= 4) runs.push(run);
      run = [sx, sy];
    }
    run.push(ex, ey);
    if (t1 < 1) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length >= 4) runs.push(run);
  return runs;
}

function projectRing(ring: GeoJSON.Position[], project: Project): number[] {
  const out: number[] = [];
  for (const p of ring) out.push(...project([p[0], p[1]]));
  return out;
}

/** Paths of a polygon or line geometry, projected, clipped to `clip` and thinned; points give none. */
export function geometryParts(geometry: GeoJSON.Geometry, project: Project, clip: Rect, tolerance: number): Part[] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.flatMap((ring) => {
        const points = clipRing(thin(projectRing(ring, project), tolerance), clip);
        return points.length ? [{ points, closed: true }] : [];
      });
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => geometryParts({ type: 'Polygon', coordinates: polygon }, project, clip, tolerance));
    case 'LineString':
      return clipLine(thin(projectRing(geometry.coordinates, project), tolerance), clip).map((points) => ({ points, closed: false }));
    case 'MultiLineString':
      return geometry.coordinates.flatMap((line) => geometryParts({ type: 'LineString', coordinates: line }, project, clip, tolerance));
    case 'GeometryCollection':
      return geometry.geometries.flatMap((g) => geometryParts(g, project, clip, tolerance));
    default:
      return [];
  }
}

/** The points of a point geometry, projected (those outside the frame are the caller's to drop). */
export function geometryPoints(geometry: GeoJSON.Geometry, project: Project): Array<[number, number]> {
  if (geometry.type === 'Point') return [project([geometry.coordinates[0], geometry.coordinates[1]])];
  if (geometry.type === 'MultiPoint') return geometry.coordinates.map((p) => project([p[0], p[1]]));
  return [];
}
