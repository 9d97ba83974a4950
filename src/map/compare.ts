/**
 * 对比 / Compare: a swipe between two states of the map, with @maplibre/maplibre-gl-compare (its
 * slider, its synchronised cameras), or the two side by side (its camera sync alone). Left is the live map with the compared layer hidden; right
 * is a second map of the same basemap showing that imported layer and not the plan, so the
 * planner swipes between the plan's own outlines and their file. Loaded only when used.
 */
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { Map as MaplibreMapClass } from 'maplibre-gl';
import { importedLayerDef } from '../layers/imported';
import { TOGGLES } from '../layers/toggles';
import type { ImportedLayer } from '../state/imports';
import type { CompareChoice } from '../state/ui';
import { useAtlasStore } from '../state/store';
import { offlineStyle, styleSettings } from './basemapStyle';
import { provideMarkupImages } from './markupImages';
import '@maplibre/maplibre-gl-compare/dist/maplibre-gl-compare.css';

/** The right side's style: the offline basemap and the compared layer, the plan's layers off. */
function rightStyle(layer: ImportedLayer): StyleSpecification {
  const s = useAtlasStore.getState();
  const visibility = { ...s.visibility, ...Object.fromEntries(TOGGLES.filter((t) => t.group === 'layout' || t.group === 'cooperation').map((t) => [t.id, false])) };
  return offlineStyle(styleSettings({ ...s, visibility, importedLayers: [layer] }));
}

function setLayerShown(map: MaplibreMap, layerIds: readonly string[], shown: boolean): void {
  for (const id of layerIds) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
}

export async function startCompare(map: MaplibreMap, choice: CompareChoice): Promise<() => void> {
  const [{ default: Compare }, { default: syncMaps }] = await Promise.all([import('@maplibre/maplibre-gl-compare'), import('@mapbox/mapbox-gl-sync-move')]);
  const host = map.getContainer().parentElement;
  const layer = useAtlasStore.getState().importedLayers.find((l) => l.id === choice.imported);
  if (!host || !layer) return () => undefined;
  const style = rightStyle(layer);
  const hidden = importedLayerDef(layer).style.map((l) => l.id);
  // Hidden on the left, again after any restyle of the live map (a language switch, an import).
  const hide = () => setLayerShown(map, hidden, false);
  hide();
  map.on('styledata', hide);
  const container = document.createElement('div');
  container.className = 'map compare-map';
  container.dataset.compare = choice.imported;
  host.append(container);
  const right = new MaplibreMapClass({ container, style, center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch(), attributionControl: false, fadeDuration: 0 });
  provideMarkupImages(right);
  const stopCommon = () => {
    map.off('styledata', hide);
    right.remove();
    container.remove();
    setLayerShown(map, hidden, true);
  };
  if (choice.layout === 'side') {
    // Side by side: the live map takes the left half, the file's the right; cameras kept together.
    const left = map.getContainer();
    left.style.right = '50%';
    container.style.left = '50%';
    container.classList.add('side');
    map.resize();
    right.resize();
    const unsync = syncMaps(map, right);
    return () => {
      unsync();
      stopCommon();
      left.style.right = '';
      map.resize();
    };
  }
  const compare = new Compare(map, right, host, { orientation: 'vertical' });
  return () => {
    compare.remove();
    stopCommon();
    map.getContainer().style.clip = '';
  };
}
