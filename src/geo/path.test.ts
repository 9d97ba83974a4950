import { describe, expect, it } from 'vitest';
import { distanceKm, type LngLat } from './measure';
import { pathLengthKm } from './path';

const square: LngLat[] = [
  [114, 22.5],
  [114.01, 22.5],
  [114.01, 22.51],
  [114, 22.51],
];

describe('path length', () => {
  it('sums the great-circle legs of a path', () => {
    expect(pathLengthKm(square)).toBeCloseTo(distanceKm(square[0], square[1]) + distanceKm(square[1], square[2]) + distanceKm(square[2], square[3]), 9);
    expect(pathLengthKm([[114, 22.5]])).toBe(0);
  });
});
