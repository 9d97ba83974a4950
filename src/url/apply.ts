/** What a parsed URL changes in the store, as one pure state change (applied by `applyUrlState`). */
import { BRIEFINGS } from '../embed/briefing';
import { OFFLINE } from '../layers/basemaps';
import { fold, stepPatch } from '../embed/stepper';
import { DEFAULT_OPACITY, DEFAULT_VISIBILITY, type Opacity } from '../layers/toggles';
import { type SelectionOrigin, selectionPatch } from '../state/selection';
import type { AtlasState } from '../state/store';
import { withNotice } from '../state/ui';
import { cameraPatch, DEFAULT_VIEW } from '../state/view';
import type { ParsedUrl } from './codec';

export type UrlOrigin = Extract<SelectionOrigin, 'url' | 'history'>;

export function urlPatch(s: AtlasState, { state, notices }: ParsedUrl, origin: UrlOrigin): AtlasState {
  const builtIn = BRIEFINGS.find((b) => b.id === state.briefing);
  const { view } = state;
  return fold(
    s,
    () => ({
      lang: state.lang,
      // `basemap=offline` says so explicitly (over what this browser remembers): the store's null.
      basemap: state.basemap === OFFLINE ? null : state.basemap,
      visibility: state.visibility ?? DEFAULT_VISIBILITY,
      opacity: { ...DEFAULT_OPACITY, ...(state.opacity as Opacity) },
      embed: state.embed,
      controls: state.controls,
      host: state.host,
      briefingId: builtIn ? builtIn.id : null,
      briefingSteps: builtIn ? builtIn.steps : state.views,
      briefingTitle: builtIn ? null : state.briefingTitle,
    }),
    // A link's markup is taken when the page opens; Back and Forward never change the drawing (a
    // drawing is a document: an older entry's copy would undo the newest shapes).
    () => (origin === 'url' && state.markup ? { markup: state.markup } : null),
    // At start-up the map is created at the store's view; later (Back/Forward) it must be moved:
    // to the entry's view, or for an entry with neither view nor zone (the first page, never
    // moved), back to the overview rather than staying where the last selection left it.
    (d) => {
      if (view !== null) return origin === 'history' ? cameraPatch(d, { kind: 'view', view }) : { view };
      if (origin === 'history' && !state.zone) return cameraPatch(d, { kind: 'view', view: DEFAULT_VIEW });
      // An embed without a view shows the whole district, at whatever size the iframe is.
      return state.embed && !state.zone && !d.briefingSteps ? cameraPatch(d, { kind: 'zones', zoneIds: ['futian'] }) : null;
    },
    (d) => selectionPatch(d, state.zone, origin, { frame: !view }),
    ...notices.map((n) => (d: AtlasState) => withNotice(d, n.kind, n.arg)),
    // A link to a briefing step shows that step, unless it also pins a view of its own.
    (d) => (origin === 'url' && d.briefingSteps && !view ? (stepPatch(d, state.step ?? 0) ?? stepPatch(d, 0)) : { stepIndex: state.step }),
  );
}
