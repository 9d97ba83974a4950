/** Moves through a briefing: each step sets the layers, the selection and the view. */
import { visibilityFrom } from '../layers/toggles';
import { useAtlasStore } from '../state/store';

export function goToStep(index: number): boolean {
  const s = useAtlasStore.getState();
  const steps = s.briefingSteps;
  if (!steps || index < 0 || index >= steps.length) return false;
  const step = steps[index];
  s.setLayers(visibilityFrom(step.layers), s.opacity);
  if (step.zone) s.selectZone(step.zone, 'briefing');
  else s.clearSelection('briefing');
  s.requestView(step.view);
  s.setStepIndex(index);
  return true;
}

export function stepBy(delta: number): boolean {
  const { stepIndex } = useAtlasStore.getState();
  return goToStep((stepIndex ?? -1) + delta);
}
