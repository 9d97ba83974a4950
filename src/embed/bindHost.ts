/** Connects the host API to the store and the window (only when the Atlas runs inside a frame). */
import { zoneById } from '../content';
import { useAtlasStore } from '../state/store';
import { type HostCommand, outgoing, parseHostMessage, READY_PAYLOAD } from './hostApi';

/** About one frame: commands arriving within it are applied together (a timer, not rAF: hidden frames get no frames). */
export const HOST_COMMAND_TICK_MS = 16;

export function bindHostApi(win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  // Without host= the embedding page is unknown: the Atlas still takes its commands (they only
  // move the map) but tells it nothing, not even which zone a reader opened.
  const post = (message: Record<string, unknown>) => {
    const { host } = useAtlasStore.getState();
    if (host) win.parent.postMessage(message, host);
  };

  // A host may send thousands of commands at once (a loop, a stuck key): they are coalesced,
  // the latest of each kind wins, and applied together once per frame-length tick.
  const pending = new Map<string, Exclude<HostCommand, { type: 'next' | 'prev' }>>();
  let steps = 0;
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    flushTimer = null;
    const commands = [...pending.values()];
    const stepDelta = steps;
    pending.clear();
    steps = 0;
    useAtlasStore.getState().applyHostCommands(commands, stepDelta);
  };
  const onMessage = (event: MessageEvent) => {
    const { host } = useAtlasStore.getState();
    if (event.source !== win.parent || (host && event.origin !== host)) return;
    const command = parseHostMessage(event.data);
    if (!command) return;
    if (command.type === 'next' || command.type === 'prev') steps += command.type === 'next' ? 1 : -1;
    else {
      // select and clear answer the same question (what is selected); a step resets the stepping.
      const key = command.type === 'clear' ? 'select' : command.type;
      if (key === 'step') steps = 0;
      pending.delete(key);
      pending.set(key, command);
    }
    if (flushTimer === null) flushTimer = setTimeout(flush, HOST_COMMAND_TICK_MS);
  };
  win.addEventListener('message', onMessage);

  let readySent = false;
  const sendReady = (status: string) => {
    if (readySent || (status !== 'ready' && status !== 'no-webgl')) return;
    readySent = true;
    post(outgoing('ready', { ...READY_PAYLOAD, steps: useAtlasStore.getState().briefingSteps?.length ?? 0 }));
  };
  const unsubscribeStatus = useAtlasStore.subscribe((s) => s.mapStatus, sendReady);
  sendReady(useAtlasStore.getState().mapStatus);
  const unsubscribeSelection = useAtlasStore.subscribe(
    (s) => s.selectedZoneId,
    (zone) => post(outgoing('selection', { zone })),
  );
  const unsubscribeStep = useAtlasStore.subscribe(
    (s) => s.stepIndex,
    (index) => {
      const step = index === null ? null : useAtlasStore.getState().briefingSteps?.[index];
      post(outgoing('step', { index, title: step?.title ?? null, zone: step?.zone ? zoneById(step.zone).id : null }));
    },
  );
  return () => {
    if (flushTimer !== null) clearTimeout(flushTimer);
    win.removeEventListener('message', onMessage);
    unsubscribeStatus();
    unsubscribeSelection();
    unsubscribeStep();
  };
}
