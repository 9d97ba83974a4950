import type { StateCreator } from 'zustand';
import type { LngLat } from '../geo/measure';
import type { ZoneId } from '../zones/ids';

export interface MeasureSlice {
  /** While true, map clicks add measure points instead of selecting zones. */
  measuring: boolean;
  measurePoints: LngLat[];
  /** The points form a polygon (area) rather than a path. */
  measureClosed: boolean;
  /** Measure from this zone: the readout adds the distance from its edge to the last point. */
  measureFromZone: ZoneId | null;
  startMeasure: (fromZone?: ZoneId | null) => void;
  addMeasurePoint: (point: LngLat) => void;
  undoMeasurePoint: () => void;
  closeMeasure: () => void;
  finishMeasure: () => void;
  clearMeasure: () => void;
}

export const createMeasureSlice: StateCreator<MeasureSlice, [], [], MeasureSlice> = (set) => ({
  measuring: false,
  measurePoints: [],
  measureClosed: false,
  measureFromZone: null,
  startMeasure: (fromZone = null) => set({ measuring: true, measurePoints: [], measureClosed: false, measureFromZone: fromZone }),
  addMeasurePoint: (point) => set((s) => (s.measuring && !s.measureClosed ? { measurePoints: [...s.measurePoints, point] } : s)),
  undoMeasurePoint: () => set((s) => ({ measurePoints: s.measurePoints.slice(0, -1), measureClosed: false })),
  closeMeasure: () => set((s) => (s.measurePoints.length >= 3 ? { measureClosed: true, measuring: false } : s)),
  finishMeasure: () => set({ measuring: false }),
  clearMeasure: () => set({ measuring: false, measurePoints: [], measureClosed: false, measureFromZone: null }),
});
