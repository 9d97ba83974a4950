/** The feature picked in an attribute table, outlined on the map (feature-state `picked` on its layer's source). */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../state/store';

type Pick = { layer: string; index: number } | null;

function mark(map: MaplibreMap, pick: Pick, on: boolean): void {
  if (pick && map.getSource(pick.layer)) map.setFeatureState({ source: pick.layer, id: pick.index }, { picked: on });
}

/** After a style reload: the pick is marked again (feature-state does not survive a new source). */
export function reapplyPick(map: MaplibreMap): void {
  mark(map, useAtlasStore.getState().pickedFeature, true);
}

export function bindPickedFeature(map: MaplibreMap): () => void {
  return useAtlasStore.subscribe(
    (s) => s.pickedFeature,
    (now, before) => {
      mark(map, before, false);
      mark(map, now, true);
    },
  );
}
