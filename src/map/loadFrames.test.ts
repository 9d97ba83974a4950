import { describe, expect, it } from 'vitest';
import { MAX_SKIPPED_IN_A_ROW, shouldDrawLoadFrame } from './loadFrames';

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

// skipSupersededLoadFrames itself patches maplibre internals: it is tested against the real maplibre
// in Chromium (test/e2e/foundation.e2e.ts), which fails if the painter or the placement flag move.
