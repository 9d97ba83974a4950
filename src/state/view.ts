import type { StateCreator } from 'zustand';
import type { LngLat } from '../geo/measure';
import type { ZoneId } from '../zones/ids';

export interface MapView {
  center: LngLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Futian and its neighbours fill the screen; the partner areas are one zoom-out away. */
export const DEFAULT_VIEW: MapView = { center: [114.055, 22.545], zoom: 11.6, bearing: 0, pitch: 0 };

/**
 * Futian's extent [west, south, east, north], from data/planning/district.geojson (view.test
 * checks it against the file): what the first view must show whole when the link names no view.
 */
export const DISTRICT_BOUNDS: [number, number, number, number] = [113.9862, 22.5027, 114.1004, 22.5906];

export const VIEW_LIMITS = {
  minZoom: 5,
  maxZoom: 17.5,
  maxPitch: 60,
  /** [west, south, east, north]: Guangdong with a margin, the extent of the basemap. */
  maxBounds: [108.5, 19.5, 118.5, 26.2] as [number, number, number, number],
} as const;

/**
 * What the map is asked to show: a view as it is (Back/Forward, a host page, a pinned view), a
 * zone framed (a selection), or several zones framed together (a briefing step's subject).
 */
export type CameraRequest =
  | { kind: 'view'; view: MapView }
  | { kind: 'zone'; zoneId: ZoneId }
  | { kind: 'zones'; zoneIds: ZoneId[] }
  | { kind: 'bounds'; bounds: [number, number, number, number] };

/** A request with its place in the store's sequence: a repeat of the same request still moves the map. */
export type SequencedCameraRequest = CameraRequest & { seq: number };

export interface ViewSlice {
  view: MapView;
  /** The latest camera request; the map (src/map/camera.ts) carries it out. */
  cameraRequest: SequencedCameraRequest | null;
  /** Set from the map's own movements; the URL writer and exports read it. */
  setView: (view: MapView) => void;
  /** A view request also sets the view: the store is right even before the map moves. */
  requestCamera: (request: CameraRequest) => void;
}

/** The state change of a camera request, for actions that make one among other changes. */
export function cameraPatch(s: Pick<ViewSlice, 'cameraRequest'>, request: CameraRequest): Partial<ViewSlice> {
  const cameraRequest = { ...request, seq: (s.cameraRequest?.seq ?? 0) + 1 };
  return request.kind === 'view' ? { cameraRequest, view: request.view } : { cameraRequest };
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_VIEW,
  cameraRequest: null,
  setView: (view) => set({ view }),
  requestCamera: (request) => set((s) => cameraPatch(s, request)),
});
