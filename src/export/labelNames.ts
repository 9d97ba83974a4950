/**
 * The names maplibre placed on an export's map, in its language: written into the PNG (an iTXt
 * "Labels" chunk, one per line) so the image says what it shows in words, and so a test can hold
 * the vector export of the same page to exactly these names.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n';
import type { MapProbe } from '../map/mapProbe';
import { readableName, TEXT_LAYERS } from '../map/placeNames';

/** `frame`: the page's map frame in the map's CSS pixels — a label reaching into it is on the page. */
export function placedLabelNames(probe: MapProbe, style: StyleSpecification, lang: Lang, frame: [number, number, number, number]): string[] {
  const present = new Set(style.layers.map((l) => l.id));
  const names = new Set<string>();
  for (const layer of TEXT_LAYERS.filter((l) => present.has(l.id))) {
    for (const f of probe.featuresIn(layer.id, frame)) {
      const name = f.properties?.[layer.property[lang]];
      if (typeof name === 'string') names.add(readableName(name, lang));
    }
  }
  return [...names].sort();
}
