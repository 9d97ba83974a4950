import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { type LoadFrameCount, MAX_SKIPPED_IN_A_ROW, shouldDrawLoadFrame, skipSupersededLoadFrames } from './loadFrames';

describe('shouldDrawLoadFrame', () => {
  it('draws once a tile has loaded and the placement is current', () => {
    expect(shouldDrawLoadFrame({ tileLoaded: true, placementStale: false, skippedInARow: 0 })).toBe(true);
  });
  it('leaves out frames before any tile, and frames whose placement is already stale', () => {
    expect(shouldDrawLoadFrame({ tileLoaded: false, placementStale: false, skippedInARow: 0 })).toBe(false);
    expect(shouldDrawLoadFrame({ tileLoaded: true, placementStale: true, skippedInARow: 1 })).toBe(false);
  });
  it(`never leaves out more than ${MAX_SKIPPED_IN_A_ROW} frames in a row`, () => {
    expect(shouldDrawLoadFrame({ tileLoaded: false, placementStale: true, skippedInARow: MAX_SKIPPED_IN_A_ROW })).toBe(true);
  });
});

/** Just enough of a maplibre map: events, a painter, the placement flag and repaint requests. */
function fakeMap() {
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  const drawn: number[] = [];
  let frame = 0;
  const map = {
    _placementDirty: false,
    repaints: 0,
    painter: { render: (n: number) => drawn.push(n) },
    on(type: string, fn: (e: unknown) => void) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(fn);
    },
    off(type: string, fn: (e: unknown) => void) {
      listeners.get(type)?.delete(fn);
    },
    fire(type: string, e: unknown = {}) {
      for (const fn of [...(listeners.get(type) ?? [])]) fn(e);
    },
    triggerRepaint() {
      map.repaints++;
    },
    /** One maplibre frame: the placement flag is set, then the painter is called. */
    frame(placementStale = false) {
      map._placementDirty = placementStale;
      map.painter.render(++frame);
    },
  };
  return { map, drawn, asMaplibre: map as unknown as MaplibreMap };
}

describe('skipSupersededLoadFrames', () => {
  it('draws only the frames that show something new, then every frame after the first idle', () => {
    const { map, drawn, asMaplibre } = fakeMap();
    let done: LoadFrameCount | undefined;
    skipSupersededLoadFrames(asMaplibre, (count) => (done = count));
    map.frame(); // 1: no tile yet
    map.frame(); // 2: no tile yet
    map.fire('sourcedata', { tile: {} });
    map.frame(); // 3: fills arrived
    map.frame(true); // 4: labels arrived, placement stale
    map.frame(); // 5: placed again
    map.fire('idle');
    map.frame(true); // 6: after idle, drawn whatever its placement
    expect(drawn).toEqual([3, 5, 6]);
    expect(done).toEqual({ drawn: 2, lastDrawn: true, skippedEmpty: 2, skippedStale: 1 });
    expect(map.repaints).toBe(0);
  });

  it(`draws at least one frame in every ${MAX_SKIPPED_IN_A_ROW + 1}, and draws a map that went idle on a skipped frame`, () => {
    const { map, drawn, asMaplibre } = fakeMap();
    let done: LoadFrameCount | undefined;
    skipSupersededLoadFrames(asMaplibre, (count) => (done = count));
    for (let i = 0; i < MAX_SKIPPED_IN_A_ROW + 3; i++) map.frame();
    expect(drawn).toEqual([MAX_SKIPPED_IN_A_ROW + 1]);
    map.fire('idle');
    expect(map.repaints).toBe(1);
    expect(done?.lastDrawn).toBe(false);
  });

  it('draws every frame once someone moves the map, but not for a move the app makes or a resize', () => {
    const { map, drawn, asMaplibre } = fakeMap();
    let done: LoadFrameCount | undefined;
    skipSupersededLoadFrames(asMaplibre, (count) => (done = count));
    map.fire('movestart', {});
    map.fire('movestart', { originalEvent: [{ contentRect: {} }] }); // a resize (ResizeObserver entries)
    map.frame(); // 1: no tile yet, and neither the app's own move nor a resize counts
    map.fire('movestart', { originalEvent: new Event('mousedown') });
    expect(done).toEqual({ drawn: 0, lastDrawn: false, skippedEmpty: 1, skippedStale: 0 });
    expect(map.repaints).toBe(1);
    map.frame(); // 2: drawn, someone is dragging
    map.frame(true); // 3: drawn
    expect(drawn).toEqual([2, 3]);
  });

  it('stops on request, and leaves a map without the internals it relies on alone', () => {
    const { map, drawn, asMaplibre } = fakeMap();
    const stop = skipSupersededLoadFrames(asMaplibre);
    stop();
    map.frame();
    expect(drawn).toEqual([1]);
    const bare = { on: () => {}, off: () => {} } as unknown as MaplibreMap;
    expect(() => skipSupersededLoadFrames(bare)()).not.toThrow();
  });
});
