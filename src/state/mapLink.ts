import type { StateCreator } from 'zustand';
import type { MapFrame, MapPort } from '../map/frame';

/**
 * What the live map reports about itself: its frame (size, zoom, GPU limit), kept current by
 * MapView; and its port, through which an export asks for a full snapshot. Both null while no
 * map lives. The map never writes settings here: only what it is.
 */
export interface MapLinkSlice {
  mapFrame: MapFrame | null;
  mapPort: MapPort | null;
  setMapFrame: (frame: MapFrame | null) => void;
  setMapPort: (port: MapPort | null) => void;
}

export const createMapLinkSlice: StateCreator<MapLinkSlice, [], [], MapLinkSlice> = (set) => ({
  mapFrame: null,
  mapPort: null,
  setMapFrame: (mapFrame) => set({ mapFrame }),
  setMapPort: (mapPort) => set({ mapPort }),
});
