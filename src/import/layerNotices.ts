/**
 * What every import says: the problems of a checked file in words (the first few, numbered by
 * feature, and how many more), and a usable layer added with its feature count — one wording
 * for GeoJSON, Shapefile, CSV and KML.
 */
import type { FeatureCollection } from 'geojson';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import type { ImportProblem, ImportWarningKind } from './validateImport';

/**
 * Imported layers a browser holds at most: each is a map source and layers of its own, restored at
 * every start (1,000 planted layers made start-up take half a minute). Said before a file is read.
 */
export const MAX_IMPORTED_LAYERS = 50;

const SHOWN_PROBLEMS = 4;

/** The first problems in words, and "(+n)" for the rest (`total` when only some were passed on). */
export function problemWords(problems: readonly ImportProblem[], total = problems.length): string {
  const m = messagesFor(useAtlasStore.getState().lang);
  const words = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((p) => {
      const text = m.importProblemText[p.kind](p.detail);
      return p.index < 0 ? text : `#${p.index}: ${text}`;
    })
    .join('; ');
  return total > SHOWN_PROBLEMS ? `${words} (+${total - SHOWN_PROBLEMS})` : words;
}

/**
 * Adds a checked layer and says so: `label` names it in the notice (a file name, with how it was
 * read), then its problems and warnings. Past MAX_IMPORTED_LAYERS the layer is not added: said.
 */
export function addCheckedLayer(name: string, label: string, collection: FeatureCollection, problems: readonly ImportProblem[], total = problems.length, warnings: readonly ImportWarningKind[] = []): void {
  const s = useAtlasStore.getState();
  if (s.importedLayers.length >= MAX_IMPORTED_LAYERS) {
    s.addNotice('importLayersFull', `${label} · ${MAX_IMPORTED_LAYERS}`);
    return;
  }
  s.addImportedLayer(name, collection);
  s.addNotice('importDone', `${label}: ${collection.features.length}`);
  if (total > 0) s.addNotice('importProblems', problemWords(problems, total));
  const m = messagesFor(s.lang);
  for (const w of warnings) s.addNotice('importWarning', m.importWarningText[w]);
}
