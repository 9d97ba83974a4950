/** The single source of truth. The map, panels and URL subscribe to it; none keeps its own copy. */
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { type ActionsSlice, createActionsSlice } from './actions';
import { type BuilderSlice, createBuilderSlice } from './builder';
import { createEmbedSlice, type EmbedSlice } from './embed';
import { createGeoSlice, type GeoSlice } from './geo';
import { createImportsSlice, type ImportsSlice } from './imports';
import { createLayersSlice, type LayersSlice } from './layers';
import { createMapLinkSlice, type MapLinkSlice } from './mapLink';
import { createMarkupSlice, type MarkupSlice } from './markup';
import { createSelectionSlice, type SelectionSlice } from './selection';
import { createUiSlice, type UiSlice } from './ui';
import { createViewSlice, type ViewSlice } from './view';

export type AtlasState = UiSlice & ViewSlice & SelectionSlice & LayersSlice & GeoSlice & MarkupSlice & EmbedSlice & ImportsSlice & MapLinkSlice & BuilderSlice & ActionsSlice;

export const useAtlasStore = create<AtlasState>()(
  subscribeWithSelector((...a) => ({
    ...createUiSlice(...a),
    ...createViewSlice(...a),
    ...createSelectionSlice(...a),
    ...createLayersSlice(...a),
    ...createGeoSlice(...a),
    ...createMarkupSlice(...a),
    ...createEmbedSlice(...a),
    ...createImportsSlice(...a),
    ...createMapLinkSlice(...a),
    ...createBuilderSlice(...a),
    ...createActionsSlice(...a),
  })),
);

/** Snapshot of the initial state, for tests to reset between cases. */
export const initialAtlasState = useAtlasStore.getState();

export function resetAtlasStore(): void {
  useAtlasStore.setState(initialAtlasState, true);
}
