/**
 * The planner's markup (标绘) and the drawing tool's state. Every change to the shapes goes
 * through `commit`, which keeps the undo and redo stacks; the map (src/map/markupLayer.ts,
 * src/map/markupDraw.ts), the panel, the link and the autosave subscribe to `markup`.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_MARKUP_STYLE, EMPTY_MARKUP, type LngLat, type Markup, type MarkupKind, type MarkupShape, type MarkupStyle, MAX_LEGEND_NAME, MAX_NOTE, MAX_SHAPES } from '../markup/types';
import type { ZoneId } from '../zones/ids';

/** What a pointer does on the map: draw a kind of shape, select and edit shapes, or (null) select zones. */
export type MarkupMode = 'select' | MarkupKind;

/** The shape being drawn, for the live readout (terra-draw holds it until it is finished). */
export interface MarkupDraft {
  kind: MarkupKind;
  coords: LngLat[];
  radiusM?: number;
}

const HISTORY_LIMIT = 100;

/** What the drawing tool offers the keyboard (set by src/map/markupDraw.ts once terra-draw is loaded). */
export interface MarkupPort {
  /** Adds a vertex (or places a point) at the map's centre: drawing without a mouse. */
  clickAtCentre: () => void;
  /** While drawing: takes back the last vertex. */
  undoVertex: () => boolean;
  isDrawing: () => boolean;
}

export interface MarkupSlice {
  markup: Markup;
  markupPast: Markup[];
  markupFuture: Markup[];
  /** The tool's panel is open. */
  markupOpen: boolean;
  markupMode: MarkupMode | null;
  /** The next shape's style (the last one chosen; remembered by this browser). */
  markupStyle: MarkupStyle;
  markupSelectedId: string | null;
  markupDraft: MarkupDraft | null;
  /** Measuring from this zone: the readout and the map add the distance from its edge to the newest shape's end. */
  markupFromZone: ZoneId | null;
  /** Each line's length and each area's size written on the map (and in exports). */
  markupMeasurements: boolean;
  /** New vertices snap to zone edges and roads within a few pixels. */
  markupSnapping: boolean;
  /** The markup layer is shown (the layer panel's switch). */
  markupVisible: boolean;
  markupPort: MarkupPort | null;
  openMarkup: (mode?: MarkupMode | null) => void;
  closeMarkup: () => void;
  setMarkupMode: (mode: MarkupMode | null) => void;
  /** Changes the next shape's style, and the selected shape's. */
  setMarkupStyle: (patch: Partial<MarkupStyle>) => void;
  addMarkupShape: (shape: MarkupShape) => void;
  updateMarkupShape: (id: string, patch: Partial<Omit<MarkupShape, 'id'>>) => void;
  removeMarkupShape: (id: string) => void;
  /** Replaces the whole markup (an import, a briefing step, a link); undoable unless `history` is false. */
  setMarkup: (markup: Markup, history?: boolean) => void;
  clearMarkup: () => void;
  undoMarkup: () => void;
  redoMarkup: () => void;
  selectMarkupShape: (id: string | null) => void;
  setMarkupDraft: (draft: MarkupDraft | null) => void;
  setMarkupName: (key: string, name: string) => void;
  setMarkupMeasurements: (on: boolean) => void;
  setMarkupSnapping: (on: boolean) => void;
  setMarkupVisible: (on: boolean) => void;
  setMarkupPort: (port: MarkupPort | null) => void;
  /** 从此区域量算距离: opens the tool to place a point (or draw a line) from the zone. */
  measureFromZone: (zone: ZoneId) => void;
}

/** The markup replaced by `next`, the one before kept for undo (a briefing step's markup comes in this way too). */
export function commit(s: Pick<MarkupSlice, 'markup' | 'markupPast'>, next: Markup): Pick<MarkupSlice, 'markup' | 'markupPast' | 'markupFuture'> | Record<string, never> {
  if (next === s.markup) return {};
  return { markup: next, markupPast: [...s.markupPast, s.markup].slice(-HISTORY_LIMIT), markupFuture: [] };
}

function withShapes(markup: Markup, shapes: MarkupShape[]): Markup {
  return { ...markup, shapes };
}

export const createMarkupSlice: StateCreator<MarkupSlice, [], [], MarkupSlice> = (set) => ({
  markup: EMPTY_MARKUP,
  markupPast: [],
  markupFuture: [],
  markupOpen: false,
  markupMode: null,
  markupStyle: DEFAULT_MARKUP_STYLE,
  markupSelectedId: null,
  markupDraft: null,
  markupFromZone: null,
  markupMeasurements: true,
  markupSnapping: false,
  markupVisible: true,
  markupPort: null,
  openMarkup: (mode = 'line') => set({ markupOpen: true, markupMode: mode, markupSelectedId: null }),
  closeMarkup: () => set({ markupOpen: false, markupMode: null, markupSelectedId: null, markupDraft: null, markupFromZone: null }),
  setMarkupMode: (mode) => set((s) => ({ markupMode: mode, markupDraft: null, markupSelectedId: mode === 'select' ? s.markupSelectedId : null, markupOpen: s.markupOpen || mode !== null })),
  setMarkupStyle: (patch) =>
    set((s) => {
      const style = { ...s.markupStyle, ...patch };
      const selected = s.markup.shapes.find((x) => x.id === s.markupSelectedId);
      if (!selected) return { markupStyle: style };
      const shapes = s.markup.shapes.map((x) => (x === selected ? { ...x, style: { ...x.style, ...patch } } : x));
      return { markupStyle: style, ...commit(s, withShapes(s.markup, shapes)) };
    }),
  addMarkupShape: (shape) =>
    set((s) => (s.markup.shapes.length >= MAX_SHAPES ? {} : { ...commit(s, withShapes(s.markup, [...s.markup.shapes, shape])), markupDraft: null })),
  updateMarkupShape: (id, patch) =>
    set((s) => {
      const note = patch.note !== undefined ? patch.note.slice(0, MAX_NOTE) : undefined;
      const shapes = s.markup.shapes.map((x) => (x.id === id ? { ...x, ...patch, ...(note !== undefined ? { note } : {}) } : x));
      return commit(s, withShapes(s.markup, shapes));
    }),
  removeMarkupShape: (id) =>
    set((s) => ({
      ...commit(s, withShapes(s.markup, s.markup.shapes.filter((x) => x.id !== id))),
      markupSelectedId: s.markupSelectedId === id ? null : s.markupSelectedId,
    })),
  setMarkup: (markup, history = true) => set((s) => (history ? { ...commit(s, markup), markupSelectedId: null } : { markup, markupSelectedId: null })),
  clearMarkup: () => set((s) => (s.markup.shapes.length === 0 ? {} : { ...commit(s, EMPTY_MARKUP), markupSelectedId: null, markupFromZone: null })),
  undoMarkup: () =>
    set((s) => {
      const previous = s.markupPast.at(-1);
      if (!previous) return {};
      return { markup: previous, markupPast: s.markupPast.slice(0, -1), markupFuture: [s.markup, ...s.markupFuture].slice(0, HISTORY_LIMIT), markupSelectedId: null };
    }),
  redoMarkup: () =>
    set((s) => {
      const [next, ...rest] = s.markupFuture;
      if (!next) return {};
      return { markup: next, markupPast: [...s.markupPast, s.markup].slice(-HISTORY_LIMIT), markupFuture: rest, markupSelectedId: null };
    }),
  selectMarkupShape: (id) => set({ markupSelectedId: id }),
  setMarkupDraft: (draft) => set({ markupDraft: draft }),
  setMarkupName: (key, name) =>
    set((s) => {
      const names = { ...s.markup.names };
      const trimmed = name.slice(0, MAX_LEGEND_NAME);
      if (trimmed.trim()) names[key] = trimmed;
      else delete names[key];
      return commit(s, { ...s.markup, names });
    }),
  setMarkupMeasurements: (on) => set({ markupMeasurements: on }),
  setMarkupSnapping: (on) => set({ markupSnapping: on }),
  setMarkupVisible: (on) => set({ markupVisible: on }),
  setMarkupPort: (port) => set({ markupPort: port }),
  measureFromZone: (zone) => set({ markupOpen: true, markupMode: 'point', markupFromZone: zone, markupSelectedId: null }),
});
