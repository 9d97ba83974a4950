/**
 * The planner's own briefings being built (the 简报 panel): every document, which one is open,
 * whether this browser keeps them, the last deleted step (for undo), and presenter mode. Stored
 * by src/briefing/persist.ts, which subscribes here.
 */
import type { StateCreator } from 'zustand';
import type { BriefingDoc, BuilderStep } from '../briefing/document';

export type BriefingStorageStatus = 'idle' | 'loading' | 'saving' | 'ok' | 'blocked' | 'quota';

export interface BuilderSlice {
  briefingDocs: BriefingDoc[];
  activeBriefingId: string | null;
  briefingStorage: BriefingStorageStatus;
  /** The step deleted last, where it was: "undo" puts it back. */
  removedStep: { docId: string; index: number; step: BuilderStep } | null;
  /** Full-screen presenting of the current briefing: one step per screen, the chrome hidden. */
  presenting: boolean;
  setBriefingDocs: (docs: BriefingDoc[]) => void;
  setActiveBriefing: (id: string | null) => void;
  setBriefingStorage: (status: BriefingStorageStatus) => void;
  /** Changes one document (its `updated` time is set). */
  editBriefing: (id: string, change: (doc: BriefingDoc) => BriefingDoc) => void;
  removeBriefingStep: (id: string, index: number) => void;
  undoRemoveStep: () => void;
  setPresenting: (presenting: boolean) => void;
}

export const createBuilderSlice: StateCreator<BuilderSlice, [], [], BuilderSlice> = (set, get) => ({
  briefingDocs: [],
  activeBriefingId: null,
  briefingStorage: 'idle',
  removedStep: null,
  presenting: false,
  setBriefingDocs: (briefingDocs) => set({ briefingDocs }),
  setActiveBriefing: (activeBriefingId) => set({ activeBriefingId }),
  setBriefingStorage: (briefingStorage) => set({ briefingStorage }),
  editBriefing: (id, change) =>
    set((s) => ({ briefingDocs: s.briefingDocs.map((doc) => (doc.id === id ? { ...change(doc), id, updated: new Date().toISOString() } : doc)) })),
  removeBriefingStep: (id, index) => {
    const step = get().briefingDocs.find((d) => d.id === id)?.steps[index];
    if (!step) return;
    get().editBriefing(id, (doc) => ({ ...doc, steps: doc.steps.filter((_, i) => i !== index) }));
    set({ removedStep: { docId: id, index, step } });
  },
  undoRemoveStep: () => {
    const removed = get().removedStep;
    if (!removed) return;
    get().editBriefing(removed.docId, (doc) => ({ ...doc, steps: [...doc.steps.slice(0, removed.index), removed.step, ...doc.steps.slice(removed.index)] }));
    set({ removedStep: null });
  },
  setPresenting: (presenting) => set({ presenting }),
});
