/** Reads a dropped or picked file, validates it, adds what is usable, and says what was not. */
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { MAX_IMPORT_BYTES, validateImport } from './validateImport';

const SHOWN_PROBLEMS = 4;

export async function importFile(file: File): Promise<void> {
  const store = useAtlasStore.getState();
  const name = file.name.replace(/\.(geo)?json$/i, '') || 'GeoJSON';
  // Refuse by size before reading a byte: a huge file must not freeze the page.
  if (file.size > MAX_IMPORT_BYTES) {
    store.addNotice('importFailed', `${file.name}: ${(file.size / 1048576).toFixed(1)} MB > ${MAX_IMPORT_BYTES / 1048576} MB`);
    return;
  }
  const result = validateImport(await file.text(), file.size);
  const problems = result.problems
    .slice(0, SHOWN_PROBLEMS)
    .map((p) => {
      const text = messagesFor(store.lang).importProblemText[p.kind as 'swapped'] ?? p.detail;
      return p.index < 0 ? text : `#${p.index}: ${text}`;
    })
    .join('; ');
  const more = result.problems.length > SHOWN_PROBLEMS ? ` (+${result.problems.length - SHOWN_PROBLEMS})` : '';
  if (!result.collection) {
    store.addNotice('importFailed', `${file.name}: ${problems}${more}`);
    return;
  }
  store.addImportedLayer(name, result.collection);
  store.addNotice('importDone', `${file.name}: ${result.collection.features.length}`);
  if (result.problems.length > 0) store.addNotice('importProblems', `${problems}${more}`);
  for (const w of result.warnings) store.addNotice('importWarning', w);
}
