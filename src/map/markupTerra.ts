/**
 * Drawing and editing markup with terra-draw (loaded only when the tool first opens). The store
 * holds the shapes and the map's `markup` layers draw them; terra-draw holds a copy of each so
 * its select mode can pick and edit them, drawn invisibly except while drawn or selected (then
 * the map's copy steps aside: feature-state `editing`). A finished drawing or edit goes to the
 * store; a change made elsewhere (undo, an import, a briefing step) is mirrored back here.
 */
import { distance, nearestPointOnLine, simplify } from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';
import type { Map as MaplibreMap } from 'maplibre-gl';
import {
  type GeoJSONStoreFeatures,
  TerraDraw,
  TerraDrawCircleMode,
  TerraDrawFreehandLineStringMode,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawModeUndoRedo,
  TerraDrawSelectMode,
  type TerraDrawMouseEvent,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { newKey } from '../encoding/key';
import { circleFromRing, shapeGeometry } from '../markup/geometry';
import { type LngLat, MARKUP_PALETTE, type MarkupKind, type MarkupShape, MAX_VERTICES, roundLngLat } from '../markup/types';
import type { MarkupMode, MarkupPort } from '../state/markup';
import { useAtlasStore } from '../state/store';

const TERRA_MODE: Record<MarkupKind, string> = {
  point: 'point',
  line: 'linestring',
  arrow: 'arrow',
  polygon: 'polygon',
  rectangle: 'rectangle',
  circle: 'circle',
  freehand: 'freehand-linestring',
};
const KIND_OF: Record<string, MarkupKind> = Object.fromEntries(Object.entries(TERRA_MODE).map(([k, m]) => [m, k as MarkupKind]));

/** Screen pixels within which a vertex snaps to a zone's edge or a road (when snapping is on). */
const SNAP_PX = 10;
/** An arrow head is this many screen pixels long at the zoom it is drawn at. */
const ARROW_HEAD_PX = 20;
/** Layers a vertex may snap to: the plan's outlines and the reference roads. */
const SNAP_LAYER = /^(plan-(clusters|core|belts|axis|parks|partners)-line|ref-road-(casing|fill|minor)|futian-line)$/;

export interface MarkupDraw extends MarkupPort {
  setMode: (mode: MarkupMode | null) => void;
  /** After the map's style was replaced (language, basemap): terra-draw's layers are put back. */
  restyle: () => void;
  dispose: () => void;
}

const hidden = 0;
const isStored = (id: unknown) => typeof id === 'string' && useAtlasStore.getState().markup.shapes.some((s) => s.id === id);
const shapeOf = (id: unknown) => useAtlasStore.getState().markup.shapes.find((s) => s.id === id);
const colourOf = (f: GeoJSONStoreFeatures) => MARKUP_PALETTE[(shapeOf(f.id)?.style ?? useAtlasStore.getState().markupStyle).color]?.hex ?? MARKUP_PALETTE[0].hex;
const widthOf = (f: GeoJSONStoreFeatures) => (shapeOf(f.id)?.style ?? useAtlasStore.getState().markupStyle).width;
/** A stored shape's copy is invisible (the map draws it); the one being drawn is shown. */
const shown = <T>(visible: T, f: GeoJSONStoreFeatures): T | 0 => (isStored(f.id) ? hidden : visible);

function snapTo(map: MaplibreMap, event: TerraDrawMouseEvent): Position | undefined {
  if (!useAtlasStore.getState().markupSnapping) return undefined;
  const box: [[number, number], [number, number]] = [
    [event.containerX - SNAP_PX, event.containerY - SNAP_PX],
    [event.containerX + SNAP_PX, event.containerY + SNAP_PX],
  ];
  const layers = map.getStyle().layers.filter((l) => SNAP_LAYER.test(l.id)).map((l) => l.id);
  let best: { at: Position; km: number } | null = null;
  for (const f of map.queryRenderedFeatures(box, { layers })) {
    const g = f.geometry;
    const lines: Position[][] =
      g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' || g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    for (const coordinates of lines) {
      if (coordinates.length < 2) continue;
      const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
      const near = nearestPointOnLine(line, [event.lng, event.lat], { units: 'kilometers' });
      const km = near.properties.dist ?? Number.POSITIVE_INFINITY;
      if (!best || km < best.km) best = { at: near.geometry.coordinates, km };
    }
  }
  if (!best) return undefined;
  const { x, y } = map.project(best.at as [number, number]);
  return Math.hypot(x - event.containerX, y - event.containerY) <= SNAP_PX ? roundLngLat(best.at) : undefined;
}

function headMetres(map: MaplibreMap): number {
  const c = map.getCanvas();
  const [x, y] = [c.clientWidth / 2, c.clientHeight / 2];
  const a = map.unproject([x, y]);
  const b = map.unproject([x + ARROW_HEAD_PX, y]);
  return Math.round(distance([a.lng, a.lat], [b.lng, b.lat], { units: 'kilometers' }) * 1000);
}

/** A freehand stroke is thinned to what the eye sees at the zoom it was drawn at (≈ 1 px). */
function thinned(map: MaplibreMap, coords: LngLat[]): LngLat[] {
  const a = map.unproject([0, 0]);
  const b = map.unproject([1, 0]);
  const tolerance = Math.abs(b.lng - a.lng) || 1e-6;
  const line = simplify({ type: 'LineString', coordinates: coords }, { tolerance, highQuality: true }) as LineString;
  return (line.coordinates as LngLat[]).map(roundLngLat).slice(0, MAX_VERTICES);
}

function coordsOf(kind: MarkupKind, f: GeoJSONStoreFeatures, map: MaplibreMap): Pick<MarkupShape, 'coords' | 'radiusM'> | null {
  const g = f.geometry;
  if (g.type === 'Point') return { coords: [roundLngLat(g.coordinates)] };
  if (g.type === 'LineString') {
    const coords = g.coordinates.map(roundLngLat);
    return { coords: kind === 'freehand' ? thinned(map, coords) : coords.slice(0, MAX_VERTICES) };
  }
  const ring = (g.coordinates[0] ?? []).map(roundLngLat);
  if (kind === 'circle') {
    const { centre, radiusM } = circleFromRing(ring);
    return { coords: [centre], radiusM };
  }
  return { coords: ring.slice(0, -1).slice(0, MAX_VERTICES) };
}

function terraFeature(shape: MarkupShape): GeoJSONStoreFeatures {
  return { type: 'Feature', id: shape.id, geometry: shapeGeometry(shape), properties: { mode: TERRA_MODE[shape.kind] } } as GeoJSONStoreFeatures;
}

const sameGeometry = (a: GeoJSONStoreFeatures['geometry'], b: GeoJSONStoreFeatures['geometry']) => JSON.stringify(a.coordinates) === JSON.stringify(b.coordinates);

export function createMarkupDraw(map: MaplibreMap): MarkupDraw {
  const snapping = { toCustom: (event: TerraDrawMouseEvent) => snapTo(map, event) };
  const lineStyles = {
    lineStringColor: (f: GeoJSONStoreFeatures) => colourOf(f),
    lineStringWidth: (f: GeoJSONStoreFeatures) => shown(widthOf(f), f),
    lineStringOpacity: (f: GeoJSONStoreFeatures) => shown(1, f),
    coordinatePointColor: (f: GeoJSONStoreFeatures) => colourOf(f),
    closingPointColor: (f: GeoJSONStoreFeatures) => colourOf(f),
  };
  const areaStyles = {
    fillColor: (f: GeoJSONStoreFeatures) => colourOf(f),
    fillOpacity: (f: GeoJSONStoreFeatures) => shown(0.2, f),
    outlineColor: (f: GeoJSONStoreFeatures) => colourOf(f),
    outlineWidth: (f: GeoJSONStoreFeatures) => shown(widthOf(f), f),
    outlineOpacity: (f: GeoJSONStoreFeatures) => shown(1, f),
  };
  const editFlags = { feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } } };
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 6 }),
    // Mode-level undo: Ctrl+Z while drawing takes back the last vertex (the Atlas routes the keys).
    undoRedo: { modeLevel: new TerraDrawModeUndoRedo() },
    idStrategy: { isValidId: (id) => typeof id === 'string' && id.length > 0 && id.length <= 40, getId: () => newKey('m') },
    modes: [
      new TerraDrawPointMode({
        editable: false,
        styles: { pointColor: (f) => colourOf(f), pointWidth: (f) => shown(6, f), pointOpacity: (f) => shown(1, f), pointOutlineColor: '#ffffff', pointOutlineWidth: (f) => shown(2, f) },
      }),
      new TerraDrawLineStringMode({ snapping, styles: lineStyles }),
      new TerraDrawLineStringMode({ modeName: 'arrow', snapping, styles: lineStyles }),
      new TerraDrawPolygonMode({ snapping, styles: areaStyles }),
      new TerraDrawRectangleMode({ drawInteraction: 'click-move-or-drag', styles: areaStyles }),
      new TerraDrawCircleMode({ drawInteraction: 'click-move-or-drag', styles: areaStyles }),
      // A stroke drawn by dragging (a pen) or by click, move, click.
      new TerraDrawFreehandLineStringMode({ drawInteraction: 'click-move-or-drag', styles: { lineStringColor: (f) => colourOf(f), lineStringWidth: (f) => shown(widthOf(f), f) } }),
      new TerraDrawSelectMode({
        // Delete is the Atlas' own key (it goes through the store, so it can be undone).
        keyEvents: { deselect: null, delete: null, rotate: null, scale: null },
        flags: {
          point: { feature: { draggable: true } },
          linestring: editFlags,
          arrow: editFlags,
          polygon: editFlags,
          rectangle: { feature: { draggable: true, coordinates: { draggable: true, resizable: 'opposite' } } },
          circle: { feature: { draggable: true, coordinates: { draggable: true, resizable: 'center' } } },
          'freehand-linestring': { feature: { draggable: true } },
        },
        styles: {
          selectedLineStringColor: (f) => colourOf(f),
          selectedLineStringWidth: (f) => widthOf(f),
          selectedPolygonColor: (f) => colourOf(f),
          selectedPolygonFillOpacity: 0.2,
          selectedPolygonOutlineColor: (f) => colourOf(f),
          selectedPolygonOutlineWidth: (f) => widthOf(f),
          selectedPointColor: (f) => colourOf(f),
          selectedPointWidth: 7,
          selectedPointOutlineColor: '#ffffff',
          selectionPointColor: '#ffffff',
          selectionPointOutlineColor: '#1a1a1a',
          selectionPointWidth: 5,
          selectionPointOutlineWidth: 2,
          midPointColor: '#ffffff',
          midPointOutlineColor: '#6b6b6b',
        },
      }),
    ],
  });

  let syncing = false;
  const withSync = (work: () => void) => {
    syncing = true;
    try {
      work();
    } finally {
      syncing = false;
    }
  };

  /** The store's shapes → terra-draw's copies (added, moved or removed to match). */
  const sync = () =>
    withSync(() => {
      // Stopped (the tool idle): nothing to mirror until it starts again (start() syncs).
      if (!draw.enabled) return;
      const shapes = useAtlasStore.getState().markup.shapes;
      const ids = new Set(shapes.map((s) => s.id));
      const stale = draw
        .getSnapshot()
        .filter((f) => f.properties.atlas === true && !ids.has(String(f.id)))
        .map((f) => f.id as string);
      if (stale.length > 0) draw.removeFeatures(stale);
      const add: GeoJSONStoreFeatures[] = [];
      for (const shape of shapes) {
        const wanted = terraFeature(shape);
        const have = draw.getSnapshotFeature(shape.id);
        if (!have) add.push(wanted);
        else if (!sameGeometry(have.geometry, wanted.geometry)) draw.updateFeatureGeometry(shape.id, wanted.geometry);
      }
      if (add.length > 0) {
        const results = draw.addFeatures(add);
        for (const r of results) if (r.valid && r.id !== undefined) draw.updateFeatureProperties(r.id, { atlas: true });
      }
    });

  const setEditing = (id: string | null, on: boolean) => {
    if (id && map.getSource('markup')) map.setFeatureState({ source: 'markup', id }, { editing: on });
  };

  // The shape is read at once; the store takes it after terra-draw's own finishing (it removes its
  // closing and snapping points after this event: changing its store inside the event left those
  // points drawn on the map).
  draw.on('finish', (id, context) => {
    const f = draw.getSnapshotFeature(id);
    if (!f) return;
    if (context.action === 'draw') {
      const kind = KIND_OF[context.mode];
      const coords = kind ? coordsOf(kind, f, map) : null;
      if (!kind || !coords) return;
      const style = useAtlasStore.getState().markupStyle;
      const shape: MarkupShape = { id: String(id), kind, ...coords, ...(kind === 'arrow' ? { headM: headMetres(map) } : {}), note: '', style };
      setTimeout(() => {
        useAtlasStore.getState().addMarkupShape(shape);
        if (!draw.enabled || !draw.hasFeature(id)) return;
        if (isStored(id)) withSync(() => draw.updateFeatureProperties(id, { atlas: true }));
        else withSync(() => draw.removeFeatures([id]));
      }, 0);
      return;
    }
    // An edit (a vertex or the whole shape dragged, a vertex added or deleted).
    const shape = shapeOf(id);
    const coords = shape ? coordsOf(shape.kind, f, map) : null;
    if (shape && coords) setTimeout(() => useAtlasStore.getState().updateMarkupShape(shape.id, coords), 0);
  });

  draw.on('change', (ids, type) => {
    if (syncing) return;
    const store = useAtlasStore.getState();
    if (type === 'delete') {
      for (const id of ids) if (isStored(id)) store.removeMarkupShape(String(id));
      return;
    }
    // The shape being drawn: its geometry so far, for the live readout.
    const mode = draw.getMode();
    const kind = KIND_OF[mode];
    if (!kind) return;
    const drawing = ids.map((id) => draw.getSnapshotFeature(id)).find((f) => f && !isStored(f.id) && f.properties.currentlyDrawing);
    if (drawing) store.setMarkupDraft({ kind, ...(coordsOf(kind, drawing, map) ?? { coords: [] }) });
  });

  draw.on('select', (id) => {
    setEditing(String(id), true);
    useAtlasStore.getState().selectMarkupShape(String(id));
  });
  draw.on('deselect', (id) => {
    setEditing(String(id), false);
    if (useAtlasStore.getState().markupSelectedId === id) useAtlasStore.getState().selectMarkupShape(null);
  });

  /** Idle, terra-draw is stopped (its layers removed): a render it skips while idle cannot leave a stale drawing. */
  const start = () => {
    if (draw.enabled) return;
    withSync(() => draw.start());
    sync();
  };
  start();
  const unsubscribeShapes = useAtlasStore.subscribe((s) => s.markup, sync);
  // The panel's list selects a shape too: terra-draw follows (in select mode).
  const unsubscribeSelected = useAtlasStore.subscribe(
    (s) => s.markupSelectedId,
    (id, before) => {
      if (!draw.enabled || draw.getMode() !== 'select') return;
      if (before && before !== id && draw.hasFeature(before)) draw.deselectFeature(before);
      if (id && draw.hasFeature(id)) draw.selectFeature(id);
    },
  );

  const canvas = map.getCanvas();
  const pointer = (type: string, x: number, y: number) => {
    const rect = canvas.getBoundingClientRect();
    canvas.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, clientX: rect.left + x, clientY: rect.top + y, button: 0, buttons: type === 'pointerup' ? 0 : 1, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  };

  return {
    setMode: (mode) => {
      const selected = useAtlasStore.getState().markupSelectedId;
      if (mode !== 'select') setEditing(selected, false);
      map.getCanvas().style.cursor = mode && mode !== 'select' ? 'crosshair' : '';
      if (mode === null) {
        if (draw.enabled) withSync(() => draw.stop());
        return;
      }
      start();
      draw.setMode(mode === 'select' ? 'select' : TERRA_MODE[mode]);
    },
    restyle: () => {
      if (!draw.enabled) return;
      const mode = draw.getMode();
      withSync(() => draw.stop());
      start();
      draw.setMode(mode);
    },
    clickAtCentre: () => {
      const [x, y] = [canvas.clientWidth / 2, canvas.clientHeight / 2];
      pointer('pointermove', x, y);
      pointer('pointerdown', x, y);
      pointer('pointerup', x, y);
    },
    undoVertex: () => draw.enabled && draw.undo(),
    isDrawing: () => draw.enabled && draw.getModeState() === 'drawing',
    dispose: () => {
      unsubscribeShapes();
      unsubscribeSelected();
      if (draw.enabled) withSync(() => draw.stop());
    },
  };
}
