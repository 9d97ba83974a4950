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
  /** The planner's own briefing's title, when it has one (a built-in briefing's is in its data). */
  briefingTitle: string | null;
  stepIndex: number | null;
  setEmbed: (embed: boolean, controls: EmbedControl[], host: string | null) => void;
  setBriefing: (id: string | null, steps: BriefingStep[] | null, title?: string | null) => void;
  setStepIndex: (index: number | null) => void;
}

export const createEmbedSlice: StateCreator<EmbedSlice, [], [], EmbedSlice> = (set) => ({
  embed: false,
  controls: [],
  host: null,
  briefingId: null,
  briefingSteps: null,
  briefingTitle: null,
  stepIndex: null,
  setEmbed: (embed, controls, host) => set({ embed, controls, host }),
  setBriefing: (briefingId, briefingSteps, briefingTitle = null) => set({ briefingId, briefingSteps, briefingTitle }),
  setStepIndex: (stepIndex) => set({ stepIndex }),
});
