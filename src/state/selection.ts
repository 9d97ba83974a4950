import type { StateCreator } from 'zustand';
import type { ZoneId } from '../zones/ids';
import { cameraPatch, type ViewSlice } from './view';

/** How a selection was made: the URL writer adds a history entry for user actions, not for history itself. */
export type SelectionOrigin = 'map' | 'list' | 'search' | 'link' | 'url' | 'history' | 'host' | 'briefing';

export interface SelectOptions {
  /** Other zones under the click (most specific first). */
  alsoHere?: ZoneId[];
  /** Also ask the map to frame the zone. */
  frame?: boolean;
}

export interface SelectionSlice {
  selectedZoneId: ZoneId | null;
  /** Other zones under the click that picked `selectedZoneId` (most specific first). */
  alsoHere: ZoneId[];
  hoveredZoneId: ZoneId | null;
  selectionOrigin: SelectionOrigin;
  /** Selects a zone (null clears), and frames it if asked, in one state change. */
  selectZone: (id: ZoneId | null, origin: SelectionOrigin, options?: SelectOptions) => void;
  clearSelection: (origin?: SelectionOrigin) => void;
  setHoveredZone: (id: ZoneId | null) => void;
}

/** The state change of a selection, for actions that make one among other changes. */
export function selectionPatch(
  s: Pick<ViewSlice, 'cameraRequest'>,
  id: ZoneId | null,
  origin: SelectionOrigin,
  options: SelectOptions = {},
): Partial<SelectionSlice & ViewSlice> {
  const selection = { selectedZoneId: id, alsoHere: id ? (options.alsoHere ?? []).filter((z) => z !== id) : [], selectionOrigin: origin };
  return id && options.frame ? { ...selection, ...cameraPatch(s, { kind: 'zone', zoneId: id }) } : selection;
}

export const createSelectionSlice: StateCreator<SelectionSlice & ViewSlice, [], [], SelectionSlice> = (set) => ({
  selectedZoneId: null,
  alsoHere: [],
  hoveredZoneId: null,
  selectionOrigin: 'url',
  selectZone: (id, origin, options) => set((s) => selectionPatch(s, id, origin, options)),
  clearSelection: (origin = 'map') => set((s) => selectionPatch(s, null, origin)),
  setHoveredZone: (hoveredZoneId) => set((s) => (s.hoveredZoneId === hoveredZoneId ? s : { hoveredZoneId })),
});
