/**
 * Fetches the planning GeoJSON (the same files the map draws; the browser cache serves them
 * once) and derives each zone's geometry for panels, search and the zone list. A file that fails
 * leaves the rest working and says what is missing.
 */
import type { FeatureCollection } from 'geojson';
import { zoneGeometry } from '../geo/zones';
import { PLANNING_SOURCES, planSourceId } from '../layers/planning';
import { useAtlasStore } from '../state/store';
import { PLANNING_GROUPS } from '../zones/ids';

/** The files that hold zones (not the analysis layers). */
const ZONE_SOURCES = PLANNING_SOURCES.filter((s) => (PLANNING_GROUPS as readonly string[]).map(planSourceId).includes(s.id));

export async function loadZoneGeo(): Promise<void> {
  const results = await Promise.allSettled(
    ZONE_SOURCES.map(async (source) => {
      const response = await fetch(source.url ?? '');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as FeatureCollection;
    }),
  );
  const store = useAtlasStore.getState();
  const loaded: FeatureCollection[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled' && Array.isArray(result.value?.features)) loaded.push(result.value);
    else store.addNotice('dataFailed', ZONE_SOURCES[i].title[store.lang]);
  });
  store.setZoneGeo(zoneGeometry(loaded));
}
