/**
 * The markup and the last style chosen, kept in this browser (localStorage): a reload loses
 * nothing. Saved a moment after each change; read back at start-up and checked as outside input
 * (src/markup/schema.ts). A link's markup wins over the saved one, which stays one undo away.
 */
import { browserStorage, isQuotaError } from './storage';
import * as v from 'valibot';
import { readMarkup, StyleSchema } from '../markup/schema';
import { useAtlasStore } from './store';

export const MARKUP_KEY = 'futian-atlas:markup';
const SAVE_DELAY_MS = 400;

interface Saved {
  v: 1;
  markup: unknown;
  style: unknown;
  measurements?: unknown;
  snapping?: unknown;
}

function readSaved(storage: Storage | null): Saved | null {
  try {
    const text = storage?.getItem(MARKUP_KEY);
    const value: unknown = text ? JSON.parse(text) : null;
    return typeof value === 'object' && value !== null && (value as Saved).v === 1 ? (value as Saved) : null;
  } catch {
    return null;
  }
}

/** At start-up, after the URL was applied (not in an embed): the saved style, and the saved markup unless the link brought some. */
export function restoreMarkup(storage: Storage | null = browserStorage()): void {
  // An embed shows the host's view to every reader: never this browser's own drawing.
  if (useAtlasStore.getState().embed) return;
  const saved = readSaved(storage);
  if (!saved) return;
  const s = useAtlasStore.getState();
  const style = v.safeParse(StyleSchema, saved.style);
  if (style.success) useAtlasStore.setState({ markupStyle: style.output });
  if (typeof saved.measurements === 'boolean') s.setMarkupMeasurements(saved.measurements);
  if (typeof saved.snapping === 'boolean') s.setMarkupSnapping(saved.snapping);
  const markup = readMarkup(saved.markup);
  if (!markup || markup.shapes.length === 0) return;
  if (s.markup.shapes.length === 0) {
    s.setMarkup(markup, false);
    return;
  }
  // The link's markup is shown; this browser's own is kept as the step before it.
  useAtlasStore.setState({ markupPast: [markup] });
  s.addNotice('markupFromLink');
}

export function startSavingMarkup(storage: Storage | null = browserStorage()): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let warned = false;
  const save = () => {
    timer = null;
    const s = useAtlasStore.getState();
    if (s.embed) return;
    const text = JSON.stringify({ v: 1, markup: s.markup, style: s.markupStyle, measurements: s.markupMeasurements, snapping: s.markupSnapping } satisfies Saved);
    try {
      if (!storage) throw new Error('no storage');
      storage.setItem(MARKUP_KEY, text);
      warned = false;
    } catch (error) {
      if (warned || s.markup.shapes.length === 0) return;
      warned = true;
      s.addNotice(isQuotaError(error) ? 'storageFull' : 'markupNotSaved');
    }
  };
  const unsubscribe = useAtlasStore.subscribe(
    (s) => [s.markup, s.markupStyle, s.markupMeasurements, s.markupSnapping] as const,
    () => {
      if (timer === null) timer = setTimeout(save, SAVE_DELAY_MS);
    },
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  // Markup a link brought is this browser's now: saved at once, as a change would be.
  if (useAtlasStore.getState().markup.shapes.length > 0) timer = setTimeout(save, SAVE_DELAY_MS);
  const flush = () => {
    if (timer !== null) {
      clearTimeout(timer);
      save();
    }
  };
  // A tab closed within the delay still saves.
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    if (timer !== null) clearTimeout(timer);
  };
}
