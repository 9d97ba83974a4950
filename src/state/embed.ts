import type { StateCreator } from 'zustand';
import type { BriefingStep } from '../embed/briefing';
import type { EmbedControl } from '../url/codec';

export interface EmbedSlice {
  /** Embedded in another page: minimal chrome (a flag, not a second app). */
  embed: boolean;
  controls: EmbedControl[];
  /** Origin of the embedding page, when the link names one (see src/embed/hostApi.ts). */
  host: string | null;
  /** The briefing being stepped through: a built-in id, or null with the planner's own steps. */
  briefingId: string | null;
  briefingSteps: BriefingStep[] | null;
  stepIndex: number | null;
  /** Steps a planner is composing in the share dialog. */
  draftSteps: BriefingStep[];
  setEmbed: (embed: boolean, controls: EmbedControl[], host: string | null) => void;
  setBriefing: (id: string | null, steps: BriefingStep[] | null) => void;
  setStepIndex: (index: number | null) => void;
  setDraftSteps: (steps: BriefingStep[]) => void;
}

export const createEmbedSlice: StateCreator<EmbedSlice, [], [], EmbedSlice> = (set) => ({
  embed: false,
  controls: [],
  host: null,
  briefingId: null,
  briefingSteps: null,
  stepIndex: null,
  draftSteps: [],
  setEmbed: (embed, controls, host) => set({ embed, controls, host }),
  setBriefing: (briefingId, briefingSteps) => set({ briefingId, briefingSteps }),
  setStepIndex: (stepIndex) => set({ stepIndex }),
  setDraftSteps: (draftSteps) => set({ draftSteps }),
});
