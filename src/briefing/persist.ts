/**
 * Keeps the planner's briefings in this browser: loads them when the 简报 panel first opens, then
 * writes each changed briefing a moment after its last change (and deletes removed ones). The
 * store says whether that works: saved, saving, storage refused, or storage full.
 */
import { useAtlasStore } from '../state/store';
import type { BriefingDoc } from './document';
import { BriefingStorageError, deleteBriefing, loadBriefings, saveBriefing } from './storage';

const SAVE_DELAY_MS = 250;
let started = false;

function problemOf(error: unknown): 'blocked' | 'quota' {
  return error instanceof BriefingStorageError ? error.problem : 'blocked';
}

function keepSaving(): void {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const setStatus = useAtlasStore.getState().setBriefingStorage;
  const write = (doc: BriefingDoc) => {
    pending.delete(doc.id);
    saveBriefing(doc)
      .then(() => {
        if (pending.size === 0 && useAtlasStore.getState().briefingStorage === 'saving') setStatus('ok');
      })
      .catch((error: unknown) => setStatus(problemOf(error)));
  };
  useAtlasStore.subscribe(
    (s) => s.briefingDocs,
    (docs, previous) => {
      const before = new Map(previous.map((d) => [d.id, d]));
      for (const doc of docs) {
        if (before.get(doc.id) === doc) continue;
        clearTimeout(pending.get(doc.id));
        pending.set(
          doc.id,
          setTimeout(() => write(doc), SAVE_DELAY_MS),
        );
      }
      const ids = new Set(docs.map((d) => d.id));
      for (const id of before.keys()) {
        if (ids.has(id)) continue;
        clearTimeout(pending.get(id));
        pending.delete(id);
        deleteBriefing(id).catch((error: unknown) => setStatus(problemOf(error)));
      }
      if (pending.size > 0 && useAtlasStore.getState().briefingStorage !== 'quota') setStatus('saving');
    },
  );
}

/** Loads the stored briefings once (briefings made meanwhile are kept) and starts saving changes. */
export function startKeepingBriefings(): void {
  if (started) return;
  started = true;
  const s = useAtlasStore.getState();
  s.setBriefingStorage('loading');
  loadBriefings()
    .then(({ docs }) => {
      const now = useAtlasStore.getState();
      const made = new Set(now.briefingDocs.map((d) => d.id));
      now.setBriefingDocs([...now.briefingDocs, ...docs.filter((d) => !made.has(d.id))]);
      if (!now.activeBriefingId && docs[0]) now.setActiveBriefing(docs[0].id);
      now.setBriefingStorage('ok');
      keepSaving();
      // Briefings made before the stored ones arrived are written now.
      for (const doc of now.briefingDocs) if (made.has(doc.id)) void saveBriefing(doc).catch((error: unknown) => now.setBriefingStorage(problemOf(error)));
    })
    .catch((error: unknown) => useAtlasStore.getState().setBriefingStorage(problemOf(error)));
}
