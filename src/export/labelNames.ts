/**
 * The names maplibre placed on an export's map, in its language: written into the PNG (an iTXt
 * "Labels" chunk, one per line) so the image says what it shows in words, and so a test can hold
 * the vector export of the same page to exactly these names.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n';
import { LAYERS } from '../layers/registry';
import type { MapProbe } from '../map/mapProbe';

/** `frame`: the page's map frame in the map's CSS pixels — a label reaching into it is on the page. */
export function placedLabelNames(probe: MapProbe, style: StyleSpecification, lang: Lang, frame: [number, number, number, number]): string[] {
  const present = new Set(style.layers.map((l) => l.id));
  const names = new Set<string>();
  for (const def of LAYERS) {
    const property = def.labelProperty?.[lang];
    if (!property) continue;
    for (const layer of def.style) {
      if (layer.type !== 'symbol' || !present.has(layer.id)) continue;
      for (const f of probe.featuresIn(layer.id, frame)) {
        const name = f.properties?.[property];
        // A label's line break is the map's layout, not part of the name.
        if (typeof name === 'string') names.add(name.replace(/\n/g, lang === 'zh' ? '' : ' '));
      }
    }
  }
  return [...names].sort();
}
