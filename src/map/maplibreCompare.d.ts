/** The part of @maplibre/maplibre-gl-compare the Atlas uses (the package ships no types). */
declare module '@maplibre/maplibre-gl-compare' {
  import type { Map as MaplibreMap } from 'maplibre-gl';
  export default class Compare {
    constructor(a: MaplibreMap, b: MaplibreMap, container: HTMLElement | string, options?: { orientation?: 'vertical' | 'horizontal'; mousemove?: boolean });
    setSlider(x: number): void;
    remove(): void;
  }
}
