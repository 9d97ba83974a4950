/**
 * Printing swaps the live map for a still image of it. The print layout resizes the map's
 * container, and maplibre would clear and redraw its canvas at the new size mid-print; an image
 * of the drawn frame prints exactly what the screen showed, scaled to the page.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export function bindPrintImage(map: MaplibreMap, container: HTMLElement, alt: () => string): () => void {
  let image: HTMLImageElement | null = null;
  const before = () => {
    image?.remove();
    image = document.createElement('img');
    image.className = 'map-print-image';
    image.alt = alt();
    // The drawing buffer is preserved (see MapView), so the canvas still holds the last frame.
    image.src = map.getCanvas().toDataURL('image/png');
    container.append(image);
  };
  const after = () => {
    image?.remove();
    image = null;
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    after();
  };
}
