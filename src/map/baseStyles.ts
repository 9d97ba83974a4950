/**
 * Base styles the Atlas builds itself: 天地图's raster tiles (a picture and its names, in Web
 * Mercator) and a self-hosted PMTiles archive drawn with the Protomaps basemap layers. Neither
 * asks for glyphs or sprites: labels use the browser's fonts, as on the offline map.
 */
import { addProtocol, type StyleSpecification } from 'maplibre-gl';
import type { PmtilesBasemap, TiandituId } from '../layers/basemaps';
import { TIANDITU_LAYERS, tiandituTiles } from '../layers/basemaps';

/** 天地图's credit, as its terms ask (a link to the service), with the 审图号 the deployment lists. */
export function tiandituAttribution(reviewNumber?: string): string {
  return `<a href="https://www.tianditu.gov.cn/" target="_blank" rel="noopener">© 天地图 Tianditu</a>${reviewNumber ? ` ${reviewNumber}` : ''}`;
}

export function tiandituStyle(id: TiandituId, token: string, reviewNumber?: string, origin?: string): StyleSpecification {
  const { base, labels } = TIANDITU_LAYERS[id];
  const raster = (layer: string) => ({ type: 'raster' as const, tiles: tiandituTiles(layer, token, origin), tileSize: 256, minzoom: 1, maxzoom: 18 });
  return {
    version: 8,
    name: `天地图 ${id}`,
    sources: {
      'tianditu-base': { ...raster(base), attribution: tiandituAttribution(reviewNumber) },
      'tianditu-names': raster(labels),
    },
    layers: [
      { id: 'tianditu-background', type: 'background', paint: { 'background-color': id === 'tianditu-img' ? '#1d2a36' : '#f2efe9' } },
      { id: 'tianditu-base', type: 'raster', source: 'tianditu-base' },
      { id: 'tianditu-names', type: 'raster', source: 'tianditu-names' },
    ],
  };
}

/** Registered once per page: maplibre's protocols are global (the export's offscreen map uses it too). */
let pmtilesProtocol: Promise<void> | null = null;

async function ensurePmtilesProtocol(): Promise<void> {
  pmtilesProtocol ??= import('pmtiles').then(({ Protocol }) => {
    addProtocol('pmtiles', new Protocol().tile);
  });
  return pmtilesProtocol;
}

/**
 * A self-hosted PMTiles basemap (Protomaps schema, e.g. an extract of their daily planet build)
 * drawn with @protomaps/basemaps' layers in its flavour, less the layers that need a sprite.
 * Both modules load only when such a basemap is chosen.
 */
export async function pmtilesStyle(entry: PmtilesBasemap, lang: 'zh' | 'en'): Promise<StyleSpecification> {
  const [{ layers, namedFlavor }] = await Promise.all([import('@protomaps/basemaps'), ensurePmtilesProtocol()]);
  const url = new URL(entry.url, document.baseURI).href;
  const drawn = layers('protomaps', namedFlavor(entry.flavor ?? 'light'), { lang }).filter((l) => !('layout' in l && l.layout && 'icon-image' in l.layout));
  return {
    version: 8,
    name: entry.title.en,
    sources: { protomaps: { type: 'vector', url: `pmtiles://${url}`, attribution: entry.attribution } },
    layers: drawn as StyleSpecification['layers'],
  };
}
