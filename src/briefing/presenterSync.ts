/** The presenting window's side of the presenter channel: it announces each step and follows the presenter window's commands. */
import { useAtlasStore } from '../state/store';
import { PRESENTER_CHANNEL, type PresenterState, readCommand } from './presenterChannel';

function stateNow(): PresenterState | null {
  const s = useAtlasStore.getState();
  if (!s.briefingSteps) return null;
  return {
    type: 'state',
    lang: s.lang,
    title: s.briefingTitle ?? '',
    index: s.stepIndex ?? 0,
    presenting: s.presenting,
    steps: s.briefingSteps.map((step) => ({ title: step.title[s.lang].slice(0, 200), notes: (step.notes ?? '').slice(0, 2000) })),
  };
}

/** Starts announcing (once per page); returns nothing to stop: the channel lives as long as the page. */
let channel: BroadcastChannel | null = null;

export function startPresenterSync(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(PRESENTER_CHANNEL);
  channel = ch;
  const announce = () => {
    const state = stateNow();
    if (state) ch.postMessage(state);
  };
  ch.onmessage = (event: MessageEvent) => {
    const command = readCommand(event.data);
    if (!command) return;
    if (command.type === 'hello') announce();
    else useAtlasStore.getState().goToStep(command.index);
  };
  useAtlasStore.subscribe((s) => [s.stepIndex, s.briefingSteps, s.lang, s.presenting, s.briefingTitle] as const, announce, { equalityFn: (a, b) => a.every((x, i) => x === b[i]) });
  announce();
}
