/**
 * Starts the drawing tool when the planner first picks a markup mode: terra-draw and its adapter
 * load then (src/map/markupTerra.ts), not with the Atlas. Follows the store's mode after that.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../state/store';
import type { MarkupDraw } from './markupTerra';

export interface MarkupDrawBinding {
  /** After a style change: terra-draw's layers are put back. */
  restyle: () => void;
  dispose: () => void;
}

export function bindMarkupDraw(map: MaplibreMap): MarkupDrawBinding {
  let draw: MarkupDraw | null = null;
  let loading = false;
  let disposed = false;
  const start = async () => {
    loading = true;
    try {
      const { createMarkupDraw } = await import('./markupTerra');
      if (!map.isStyleLoaded()) await new Promise<void>((resolve) => map.once('idle', () => resolve()));
      if (disposed) return;
      draw = createMarkupDraw(map);
      useAtlasStore.getState().setMarkupPort(draw);
      draw.setMode(useAtlasStore.getState().markupMode);
    } catch (error) {
      const s = useAtlasStore.getState();
      s.addNotice('markupUnavailable');
      s.setMarkupMode(null);
      console.warn(error);
    } finally {
      loading = false;
    }
  };
  const unsubscribe = useAtlasStore.subscribe(
    (s) => s.markupMode,
    (mode) => {
      if (draw) draw.setMode(mode);
      else if (mode !== null && !loading) void start();
    },
    { fireImmediately: true },
  );
  return {
    restyle: () => draw?.restyle(),
    dispose: () => {
      disposed = true;
      unsubscribe();
      draw?.dispose();
      useAtlasStore.getState().setMarkupPort(null);
    },
  };
}
