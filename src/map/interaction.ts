/**
 * Pointer input on the map → store actions. Where zones overlap (a cluster inside a belt), the
 * most specific one is picked (SPECIFICITY in src/zones/ids.ts) and the others are offered.
 */
import type { Map as MaplibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { zoneById } from '../content';
import { importedLayerDef } from '../layers/imported';
import { planSourceId } from '../layers/planning';
import { LAYERS } from '../layers/registry';
import { useAtlasStore } from '../state/store';
import { GROUP_OF_KIND, isZoneId, SPECIFICITY, type ZoneId } from '../zones/ids';

/** Clickable style layers: what the zone layers draw (not their labels or highlights). */
const CLICKABLE_LAYER_IDS = LAYERS.flatMap((d) => d.hitLayers ?? []);

/** Points are small: a few pixels of slack make them clickable by a finger too. */
const HIT_SLOP_PX = 6;

export function zoneSource(id: ZoneId): string {
  return planSourceId(GROUP_OF_KIND[zoneById(id).kind]);
}

export function zonesAt(map: MaplibreMap, point: { x: number; y: number }): ZoneId[] {
  const layers = CLICKABLE_LAYER_IDS.filter((id) => map.getLayer(id));
  const box: [PointLike, PointLike] = [
    [point.x - HIT_SLOP_PX, point.y - HIT_SLOP_PX],
    [point.x + HIT_SLOP_PX, point.y + HIT_SLOP_PX],
  ];
  const ids = new Set<ZoneId>();
  for (const f of map.queryRenderedFeatures(box, { layers })) {
    const id = String(f.properties?.id ?? '');
    if (isZoneId(id)) ids.add(id);
  }
  return [...ids].sort((a, b) => SPECIFICITY[zoneById(b).kind] - SPECIFICITY[zoneById(a).kind]);
}

/** A label for an imported feature under the pointer: its name, or its first text property. */
function importedNameAt(map: MaplibreMap, point: { x: number; y: number }): string | null {
  // The ids come from the store's imported layers: map.getStyle() would serialise the whole style
  // (imported GeoJSON included) on every mouse move.
  const layers = useAtlasStore
    .getState()
    .importedLayers.flatMap((l) => importedLayerDef(l).style.map((s) => s.id))
    .filter((id) => map.getLayer(id));
  if (layers.length === 0) return null;
  const [feature] = map.queryRenderedFeatures([point.x, point.y], { layers });
  if (!feature) return null;
  const props = feature.properties ?? {};
  const text = props.name ?? props.title ?? Object.values(props).find((v) => typeof v === 'string');
  return typeof text === 'string' ? text.slice(0, 120) : null;
}

export function setZoneState(map: MaplibreMap, id: ZoneId | null, key: 'hover' | 'selected', value: boolean): void {
  if (!id) return;
  const source = zoneSource(id);
  if (map.getSource(source)) map.setFeatureState({ source, id }, { [key]: value });
}

export function bindInteraction(map: MaplibreMap, tooltip: HTMLElement): () => void {
  const onMove = (e: MapMouseEvent) => {
    const store = useAtlasStore.getState();
    // Drawing or editing markup: the pointer is the drawing tool's (src/map/markupTerra.ts).
    if (store.markupMode !== null) {
      tooltip.hidden = true;
      if (store.hoveredZoneId) store.setHoveredZone(null);
      return;
    }
    const [top] = zonesAt(map, e.point);
    const imported = importedNameAt(map, e.point);
    if (store.hoveredZoneId !== (top ?? null)) store.setHoveredZone(top ?? null);
    map.getCanvas().style.cursor = top ? 'pointer' : '';
    if (top || imported) {
      // textContent: imported properties are shown as text, never parsed as HTML.
      tooltip.textContent = [imported, top && zoneById(top).name[store.lang]].filter(Boolean).join(' · ');
      tooltip.style.transform = `translate(${Math.round(e.point.x + 14)}px, ${Math.round(e.point.y + 14)}px)`;
      tooltip.hidden = false;
    } else tooltip.hidden = true;
  };
  const onLeave = () => {
    useAtlasStore.getState().setHoveredZone(null);
    map.getCanvas().style.cursor = '';
    tooltip.hidden = true;
  };
  const onClick = (e: MapMouseEvent) => {
    const store = useAtlasStore.getState();
    if (store.markupMode !== null) return;
    // A finger leaves no pointer behind: the name a tap's emulated hover showed would stay over the map.
    if ((e.originalEvent as PointerEvent).pointerType === 'touch') tooltip.hidden = true;
    const [top, ...others] = zonesAt(map, e.point);
    if (top) store.selectZone(top, 'map', { alsoHere: others });
    else store.clearSelection('map');
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);

  // Highlights follow the store through feature-state.
  const unsubscribeHover = useAtlasStore.subscribe(
    (s) => s.hoveredZoneId,
    (now, before) => {
      setZoneState(map, before, 'hover', false);
      setZoneState(map, now, 'hover', true);
    },
  );
  const unsubscribeSelected = useAtlasStore.subscribe(
    (s) => s.selectedZoneId,
    (now, before) => {
      setZoneState(map, before, 'selected', false);
      setZoneState(map, now, 'selected', true);
    },
  );
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    unsubscribeHover();
    unsubscribeSelected();
  };
}

/** Re-applies hover/selection after a style reload (feature-state lives in the sources). */
export function reapplyFeatureStates(map: MaplibreMap): void {
  const s = useAtlasStore.getState();
  setZoneState(map, s.selectedZoneId, 'selected', true);
  setZoneState(map, s.hoveredZoneId, 'hover', true);
}

