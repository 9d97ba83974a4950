import type { StateCreator } from 'zustand';

export type LngLat = [lng: number, lat: number];

export interface MapView {
  center: LngLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Futian and its neighbours fill the screen; the partner areas are one zoom-out away. */
export const DEFAULT_VIEW: MapView = { center: [114.055, 22.545], zoom: 11.6, bearing: 0, pitch: 0 };

export const VIEW_LIMITS = {
  minZoom: 5,
  maxZoom: 17.5,
  maxPitch: 60,
  /** [west, south, east, north]: Guangdong with a margin, the extent of the basemap. */
  maxBounds: [108.5, 19.5, 118.5, 26.2] as [number, number, number, number],
} as const;

export interface ViewSlice {
  view: MapView;
  /** A request for the map to move (Back/Forward, a host page, a briefing step); `seq` makes repeats count. */
  viewRequest: { view: MapView; seq: number } | null;
  /** Set from map movements; the URL writer and exports read it. */
  setView: (view: MapView) => void;
  /** Sets the view and asks the map to go there (the store is right even before the map moves). */
  requestView: (view: MapView) => void;
}

let viewSeq = 0;

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_VIEW,
  viewRequest: null,
  setView: (view) => set({ view }),
  requestView: (view) => set({ view, viewRequest: { view, seq: ++viewSeq } }),
});
