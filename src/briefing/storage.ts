/**
 * Briefings kept in this browser (IndexedDB through idb-keyval: one entry per briefing, so one
 * autosave writes one briefing). What comes back is validated again: storage is input like any
 * other. A browser that refuses storage (blocked site data, some private modes, a cross-site
 * embed) and one whose storage is full are told apart, as imports are.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { isQuotaError } from '../state/storage';
import { type BriefingDoc, briefingFileValue, readBriefingValue } from './document';

export type StorageProblem = 'blocked' | 'quota';

export class BriefingStorageError extends Error {
  constructor(readonly problem: StorageProblem) {
    super(problem);
  }
}

let store: UseStore | null = null;

function briefingStore(): UseStore {
  if (typeof indexedDB === 'undefined') throw new BriefingStorageError('blocked');
  store ??= createStore('futian-atlas', 'briefings');
  return store;
}

function storageError(error: unknown): BriefingStorageError {
  if (error instanceof BriefingStorageError) return error;
  return new BriefingStorageError(isQuotaError(error) ? 'quota' : 'blocked');
}

/** Every stored briefing that still reads as one, newest first, and how many could not be used. */
export async function loadBriefings(): Promise<{ docs: BriefingDoc[]; dropped: number }> {
  let all: Array<[IDBValidKey, unknown]>;
  try {
    all = await entries(briefingStore());
  } catch (error) {
    throw storageError(error);
  }
  const docs: BriefingDoc[] = [];
  let dropped = 0;
  for (const [key, value] of all) {
    const read = readBriefingValue(value);
    // A stored briefing keeps its key as its id (the file's id may be missing or taken).
    if (read.ok && typeof key === 'string') docs.push({ ...read.doc, id: key });
    else dropped += 1;
  }
  docs.sort((a, b) => b.updated.localeCompare(a.updated));
  return { docs, dropped };
}

export async function saveBriefing(doc: BriefingDoc): Promise<void> {
  try {
    await set(doc.id, briefingFileValue(doc), briefingStore());
  } catch (error) {
    throw storageError(error);
  }
}

export async function deleteBriefing(id: string): Promise<void> {
  try {
    await del(id, briefingStore());
  } catch (error) {
    throw storageError(error);
  }
}
