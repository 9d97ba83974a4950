import type { StateCreator } from 'zustand';
import type { ZoneId } from '../zones/ids';

/** How a selection was made: the URL writer adds a history entry for user actions, not for history itself. */
export type SelectionOrigin = 'map' | 'list' | 'search' | 'link' | 'url' | 'history' | 'host' | 'briefing';

export interface SelectionSlice {
  selectedZoneId: ZoneId | null;
  /** Other zones under the click that picked `selectedZoneId` (most specific first). */
  alsoHere: ZoneId[];
  hoveredZoneId: ZoneId | null;
  selectionOrigin: SelectionOrigin;
  /** A request for the map to frame a zone; `seq` makes a repeat request for the same zone count. */
  frameRequest: { zoneId: ZoneId; seq: number } | null;
  selectZone: (id: ZoneId, origin: SelectionOrigin, options?: { alsoHere?: ZoneId[]; frame?: boolean }) => void;
  clearSelection: (origin?: SelectionOrigin) => void;
  setHoveredZone: (id: ZoneId | null) => void;
}

let frameSeq = 0;

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set) => ({
  selectedZoneId: null,
  alsoHere: [],
  hoveredZoneId: null,
  selectionOrigin: 'url',
  frameRequest: null,
  selectZone: (id, origin, options = {}) =>
    set({
      selectedZoneId: id,
      alsoHere: (options.alsoHere ?? []).filter((z) => z !== id),
      selectionOrigin: origin,
      ...(options.frame ? { frameRequest: { zoneId: id, seq: ++frameSeq } } : {}),
    }),
  clearSelection: (origin = 'map') => set({ selectedZoneId: null, alsoHere: [], selectionOrigin: origin }),
  setHoveredZone: (hoveredZoneId) => set((s) => (s.hoveredZoneId === hoveredZoneId ? s : { hoveredZoneId })),
});
