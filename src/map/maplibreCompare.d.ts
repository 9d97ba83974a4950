/** The part of @maplibre/maplibre-gl-compare the Atlas uses (the package ships no types). */
declare module '@maplibre/maplibre-gl-compare' {
  import type { Map as MaplibreMap } from 'maplibre-gl';
  export default class Compare {
    constructor(a: MaplibreMap, b: MaplibreMap, container: HTMLElement | string, options?: { orientation?: 'vertical' | 'horizontal'; mousemove?: boolean });
    setSlider(x: number): void;
    remove(): void;
  }
}

/** Keeps maps' cameras together (the compare plugin's own dependency, used for side by side). */
declare module '@mapbox/mapbox-gl-sync-move' {
  import type { Map as MaplibreMap } from 'maplibre-gl';
  export default function syncMaps(...maps: MaplibreMap[]): () => void;
}
