/**
 * The store's compound actions: each is one `set()`, so a URL restore, a briefing step or a
 * burst of host commands wakes the URL writer and the map once. The state changes themselves are
 * pure functions beside the code that knows their input (src/url/apply.ts, src/embed/stepper.ts).
 */
import type { StateCreator } from 'zustand';
import type { HostCommand } from '../embed/hostApi';
import { fold, hostCommandPatch, stepPatch } from '../embed/stepper';
import { urlPatch, type UrlOrigin } from '../url/apply';
import { parseUrl } from '../url/codec';
import type { AtlasState } from './store';

export interface ActionsSlice {
  /** Applies a query string (start-up, Back/Forward): language, layers, view, selection, briefing, notices. */
  applyUrlState: (search: string, origin?: UrlOrigin) => void;
  /** Shows step `index` of the current briefing; false if there is none. */
  goToStep: (index: number) => boolean;
  /** Moves `delta` steps from the current one (from before the first, +1 is the first). */
  stepBy: (delta: number) => boolean;
  /** A host page's coalesced commands, in order, then `stepDelta` steps. */
  applyHostCommands: (commands: ReadonlyArray<Exclude<HostCommand, { type: 'next' | 'prev' }>>, stepDelta: number) => void;
}

export const createActionsSlice: StateCreator<AtlasState, [], [], ActionsSlice> = (set, get) => ({
  applyUrlState: (search, origin = 'url') => set((s) => urlPatch(s, parseUrl(search), origin)),
  goToStep: (index) => {
    const patch = stepPatch(get(), index);
    if (patch) set(patch);
    return patch !== null;
  },
  stepBy: (delta) => get().goToStep((get().stepIndex ?? -1) + delta),
  applyHostCommands: (commands, stepDelta) =>
    set((s) =>
      fold(
        s,
        ...commands.map((c) => (d: AtlasState) => hostCommandPatch(d, c)),
        (d) => (stepDelta === 0 ? null : stepPatch(d, (d.stepIndex ?? -1) + stepDelta)),
      ),
    ),
});
