/** The current view as a briefing step: its subject, layers, basemap, markup and camera, read from the store. */
import { zoneById } from '../content';
import type { BriefingStep } from '../embed/briefing';
import { OFFLINE } from '../layers/basemaps';
import { TOGGLES } from '../layers/toggles';
import type { AtlasState } from '../state/store';
import type { Localized } from '../content/types';

export function stepFromView(s: AtlasState, fallbackTitle: Localized): BriefingStep {
  const layers = TOGGLES.filter((t) => s.visibility[t.id]).map((t) => t.id);
  const title = s.selectedZoneId ? zoneById(s.selectedZoneId).name : fallbackTitle;
  // The subject is the area on screen as the planner composed it (framed again at whatever size the
  // briefing is shown); the camera stays as the fallback. The selection, if any, is selected again.
  const bounds = s.mapFrame?.bounds;
  // The markup as drawn now (shown again at this step, and in its slide).
  const step: BriefingStep = { title, layers, view: s.view, basemap: s.basemap ?? OFFLINE, markup: s.markup };
  if (bounds) step.bounds = bounds;
  if (s.selectedZoneId) step.zone = s.selectedZoneId;
  return step;
}
