/**
 * Spares software GL the frames of the first load that nobody gets to see.
 *
 * Until the map's first `idle`, maplibre draws a full frame whenever anything changes. Two kinds
 * are superseded before they could matter:
 * - frames before any tile has loaded: they draw the sea-coloured background only, which the map's
 *   container already shows in CSS;
 * - frames whose label placement is already known to be stale: with no fade (maplibre uses none
 *   before the first idle), a frame in which label tiles arrive marks its own placement stale and
 *   asks for the next frame at once, which places and draws them again.
 * On SwiftShader each such frame holds the GPU process for 50–250 ms, on the same two cores that
 * parse the data. `npm run bench` measures the difference (README, "Speed").
 *
 * Only maplibre's painter is skipped: sources, tiles and placement are updated every frame as usual,
 * and `render` and `idle` events fire as before. After the first `idle`, or once someone starts
 * moving the map, nothing is skipped again.
 *
 * maplibre has no public hook for this. The same skip ("if `_placementDirty` is true … return from
 * `_render()` early, before the expensive call to `painter.render()`") was proposed upstream in
 * https://github.com/maplibre/maplibre-gl-js/pull/4852 and closed unmerged; until a hook exists
 * this reads the two internals behind a run-time check, maplibre-gl is pinned to an exact version,
 * and foundation.e2e.ts fails loudly if the real map stops skipping frames.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * At most this many frames in a row are left undrawn, so a long stream of label tiles still shows.
 * Undrawn frames follow each other at once; with 2, the cap cut into the burst in which the Atlas's
 * label tiles arrive and drew a half-labelled map (one more 250 ms frame on software GL).
 */
export const MAX_SKIPPED_IN_A_ROW = 6;

export interface LoadFrameState {
  /** Whether any source has loaded a tile yet (an empty tile counts: it is drawn as such). */
  tileLoaded: boolean;
  /** Whether maplibre has already scheduled a new placement for the next frame. */
  placementStale: boolean;
  /** Frames left undrawn since the last drawn one. */
  skippedInARow: number;
}

export function shouldDrawLoadFrame({ tileLoaded, placementStale, skippedInARow }: LoadFrameState): boolean {
  if (skippedInARow >= MAX_SKIPPED_IN_A_ROW) return true;
  return tileLoaded && !placementStale;
}

/** maplibre's painter, an internal this relies on; checked at run time, so a maplibre that lacks it just draws every frame. */
interface Painter {
  render: (...args: unknown[]) => void;
}

function isPainter(value: unknown): value is Painter {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'render') === 'function';
}

export interface LoadFrameCount {
  drawn: number;
  /** Whether the last frame before skipping ended was drawn (if not, a redraw follows at once). */
  lastDrawn: boolean;
  /** Left out before any tile had loaded. */
  skippedEmpty: number;
  /** Left out because their placement was already stale. */
  skippedStale: number;
}

/**
 * Starts skipping superseded frames on a newly created map. Returns a function that stops early.
 * `onDone` receives the counts once skipping ends: at the first `idle`, when someone moves the map,
 * or on that function's call (the bench and a browser test read the counts of the first idle).
 */
export function skipSupersededLoadFrames(map: MaplibreMap, onDone?: (count: LoadFrameCount) => void): () => void {
  const painter: unknown = Reflect.get(map, 'painter');
  if (!isPainter(painter)) return () => {};
  const render = painter.render;

  const count: LoadFrameCount = { drawn: 0, lastDrawn: false, skippedEmpty: 0, skippedStale: 0 };
  let tileLoaded = false;
  let skippedInARow = 0;
  let lastSkipped = false;
  const onSourceData = (event: { tile?: unknown }) => {
    if (event.tile) tileLoaded = true;
  };
  // Someone moving the map is watching every frame: from then on all are drawn. Only an input
  // event counts: a container resize starts a move too, with ResizeObserver entries for its event.
  const onMoveStart = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent instanceof Event) stop();
  };
  painter.render = (...args: unknown[]) => {
    // maplibre sets `_placementDirty` from this frame's placement just before it calls the painter.
    const placementStale = Reflect.get(map, '_placementDirty') === true;
    if (shouldDrawLoadFrame({ tileLoaded, placementStale, skippedInARow })) {
      skippedInARow = 0;
      lastSkipped = false;
      count.drawn++;
      render.apply(painter, args);
    } else {
      skippedInARow++;
      lastSkipped = true;
      if (tileLoaded) count.skippedStale++;
      else count.skippedEmpty++;
    }
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    map.off('sourcedata', onSourceData);
    map.off('movestart', onMoveStart);
    map.off('idle', onIdle);
    painter.render = render;
    count.lastDrawn = !lastSkipped;
    // A map with no tile at all goes idle on a skipped frame: draw it now.
    if (lastSkipped) map.triggerRepaint();
    onDone?.(count);
  };
  const onIdle = () => stop();
  map.on('sourcedata', onSourceData);
  map.on('movestart', onMoveStart);
  map.on('idle', onIdle);
  return stop;
}
