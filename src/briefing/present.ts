/**
 * Puts a builder briefing on the map: its steps become the briefing being stepped through (the
 * bar, the presenter, exports and the link follow), packed first so the address bar holds the
 * compressed link. Presenting adds full screen and hides the chrome.
 */
import { packBriefing } from '../embed/packedSteps';
import type { BriefingStep } from '../embed/briefing';
import { useAtlasStore } from '../state/store';
import { type BriefingDoc, type BuilderStep, plainStep } from './document';

let shown: { source: readonly BuilderStep[]; title: string; steps: BriefingStep[] } | null = null;

/** The doc's steps as the store steps through them (the same array while the doc is unchanged). */
export async function activateBriefing(doc: BriefingDoc): Promise<BriefingStep[]> {
  if (!shown || shown.source !== doc.steps || shown.title !== doc.title) {
    const steps = doc.steps.map(plainStep);
    await packBriefing({ title: doc.title, steps });
    shown = { source: doc.steps, title: doc.title, steps };
  }
  const s = useAtlasStore.getState();
  if (s.briefingSteps !== shown.steps) s.setBriefing(null, shown.steps, doc.title || null);
  return shown.steps;
}

export async function showBuilderStep(doc: BriefingDoc, index: number): Promise<void> {
  await activateBriefing(doc);
  useAtlasStore.getState().goToStep(index);
}

export async function startPresenting(doc: BriefingDoc, from = 0): Promise<void> {
  if (doc.steps.length === 0) return;
  await activateBriefing(doc);
  await presentCurrent(from);
}

/** Presents the briefing being stepped through (a builder's, a link's or a built-in one). */
export async function presentCurrent(from = 0): Promise<void> {
  const s = useAtlasStore.getState();
  if (!s.briefingSteps) return;
  s.setDrawer(null);
  s.setPresenting(true);
  s.goToStep(from);
  // Full screen where the browser allows it (a user gesture started this); presenting works without.
  await document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function stopPresenting(): void {
  useAtlasStore.getState().setPresenting(false);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
