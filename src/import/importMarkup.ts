/**
 * Opens a GeoJSON file as markup: checked as any import is (size before reading, JSON, feature
 * count, geometry, nesting: src/import/validateImport.ts), then read shape by shape (bad ones
 * named and skipped). The result replaces nothing: it is added, and can be undone.
 */
import type { FeatureCollection } from 'geojson';
import { messagesFor } from '../i18n';
import { MAX_IMPORT_BYTES, validateImport } from './validateImport';
import { useAtlasStore } from '../state/store';
import { markupFromGeoJson } from '../markup/geojson';
import { markupMessages } from '../markup/messages';
import { readMarkup } from '../markup/schema';
import { MAX_SHAPES } from '../markup/types';

export async function importMarkupFile(file: File): Promise<void> {
  const store = useAtlasStore.getState();
  const m = messagesFor(store.lang);
  const mm = markupMessages(store.lang);
  const fail = (why: string) => store.addNotice('markupImportFailed', `${file.name}: ${why}`);
  if (file.size > MAX_IMPORT_BYTES) return fail(m.importProblemText.tooLarge(String(file.size)));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail(m.importProblemText.notJson(''));
  }
  const result = validateImport(text, file.size);
  if (!result.collection) {
    const first = result.problems[0];
    return fail(first ? m.importProblemText[first.kind](first.detail) : m.importProblemText.noFeatures(''));
  }
  // The legend's names ride on the collection (`atlas.names`), which the import check does not keep.
  const root = JSON.parse(text) as { atlas?: unknown };
  const { markup, skipped } = markupFromGeoJson({ ...result.collection, atlas: root.atlas } as FeatureCollection, store.markupStyle);
  const current = useAtlasStore.getState().markup;
  const total = current.shapes.length + markup.shapes.length;
  if (total > MAX_SHAPES) return fail(mm.tooMany(total, MAX_SHAPES));
  if (markup.shapes.length === 0) return fail(skipped.length > 0 ? mm.skipped(skipped.length) : m.importProblemText.noFeatures(''));
  const ids = new Set(current.shapes.map((s) => s.id));
  // A file exported from this very markup keeps its ids; a second copy gets new ones.
  const shapes = markup.shapes.map((s) => (ids.has(s.id) ? { ...s, id: `${s.id}x${Math.random().toString(36).slice(2, 6)}` } : s));
  const names = readMarkup({ shapes: [], names: { ...markup.names, ...current.names } })?.names ?? current.names;
  store.setMarkup({ shapes: [...current.shapes, ...shapes], names });
  store.addNotice('markupImported', `${file.name}: ${mm.shapes(shapes.length)}${skipped.length > 0 ? `; ${mm.skipped(skipped.length)}` : ''}`);
}
