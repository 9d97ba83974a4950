/**
 * What a briefing step and a host page's command change in the store, as pure state changes:
 * the store's actions (src/state/actions.ts) apply each batch in one `set()`, so the URL writer
 * and the map wake once per step, not once per field.
 */
import { commit } from '../state/markup';
import { OFFLINE } from '../layers/basemaps';
import { visibilityFrom } from '../layers/toggles';
import { selectionPatch } from '../state/selection';
import type { AtlasState } from '../state/store';
import { cameraPatch } from '../state/view';
import type { HostCommand } from './hostApi';

type Patch = Partial<AtlasState>;

/** Step `index` of the current briefing: its layers, its selection (or none), its view; null if there is no such step. */
export function stepPatch(s: AtlasState, index: number): Patch | null {
  const steps = s.briefingSteps;
  if (!steps || !Number.isInteger(index) || index < 0 || index >= steps.length) return null;
  const step = steps[index];
  return {
    visibility: visibilityFrom(step.layers),
    // A step made over a basemap shows it again (offline is the store's null); an older step keeps what is on.
    ...(step.basemap !== undefined ? { basemap: step.basemap === OFFLINE ? null : step.basemap } : {}),
    ...selectionPatch(s, step.zone ?? null, 'briefing'),
    // The subject framed at whatever size the map is; a step without one keeps its fixed view.
    ...cameraPatch(s, step.subject ? { kind: 'zones', zoneIds: step.subject } : step.bounds ? { kind: 'bounds', bounds: step.bounds } : { kind: 'view', view: step.view }),
    // A step made with markup shows its markup (the planner's own is one undo away).
    ...(step.markup !== undefined && step.markup !== s.markup ? { ...commit(s, step.markup), markupSelectedId: null } : {}),
    stepIndex: index,
  };
}

/** One host command (next and prev are counted by the caller and come in as `stepBy`). */
export function hostCommandPatch(s: AtlasState, command: Exclude<HostCommand, { type: 'next' | 'prev' }>): Patch {
  switch (command.type) {
    case 'select':
      return selectionPatch(s, command.zone, 'host', { frame: true });
    case 'clear':
      return selectionPatch(s, null, 'host');
    case 'layers':
      return { visibility: visibilityFrom(command.visible) };
    case 'view':
      return cameraPatch(s, { kind: 'view', view: command.view });
    case 'step':
      return stepPatch(s, command.index) ?? {};
    case 'lang':
      return { lang: command.lang };
  }
}

/** Applies patches in order, each seeing the state the previous ones made. */
export function fold(s: AtlasState, ...patches: Array<(draft: AtlasState) => Patch | null>): AtlasState {
  let draft = s;
  for (const patch of patches) {
    const change = patch(draft);
    if (change) draft = { ...draft, ...change };
  }
  return draft;
}
