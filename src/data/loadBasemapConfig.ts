/**
 * The deployment's basemap list (basemaps.json beside index.html: self-hosted PMTiles, 天地图's
 * 审图号). Fetched once, when a planner opens the basemap choices or a link asks for a PMTiles
 * map; same origin, so the offline default still asks nothing of another host. A missing or
 * broken file leaves the built-in choices working.
 */
import { type BasemapConfig, EMPTY_CONFIG, parseBasemapConfig } from '../layers/basemaps';
import { useAtlasStore } from '../state/store';

async function fetchConfig(url: string): Promise<BasemapConfig> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    // No file: a deployment that lists no basemap of its own.
    if (!response.ok) return EMPTY_CONFIG;
    const { config, problems } = parseBasemapConfig(await response.json());
    if (problems.length > 0) useAtlasStore.getState().addNotice('basemapConfig', problems.join(', '));
    return config;
  } catch {
    useAtlasStore.getState().addNotice('basemapConfig', 'basemaps.json');
    return EMPTY_CONFIG;
  }
}

/** The config, fetched on first use; later callers wait for the same answer (the store holds it). */
export function loadBasemapConfig(url = './basemaps.json'): Promise<BasemapConfig> {
  const { basemapConfig, basemapConfigRequested } = useAtlasStore.getState();
  if (basemapConfig) return Promise.resolve(basemapConfig);
  if (basemapConfigRequested) {
    return new Promise((resolve) => {
      const stop = useAtlasStore.subscribe(
        (s) => s.basemapConfig,
        (config) => {
          if (!config) return;
          stop();
          resolve(config);
        },
      );
    });
  }
  useAtlasStore.getState().setBasemapConfig(null, true);
  return fetchConfig(url).then((config) => {
    useAtlasStore.getState().setBasemapConfig(config, true);
    return config;
  });
}
