import type { StateCreator } from 'zustand';
import type { ZoneGeoMap } from '../geo/zones';

/** Zone geometry loaded from the planning files: static data, kept here so panels re-render when it arrives. */
export interface GeoSlice {
  zoneGeo: ZoneGeoMap | null;
  setZoneGeo: (geo: ZoneGeoMap) => void;
}

export const createGeoSlice: StateCreator<GeoSlice, [], [], GeoSlice> = (set) => ({
  zoneGeo: null,
  setZoneGeo: (zoneGeo) => set({ zoneGeo }),
});
