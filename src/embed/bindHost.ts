/** Connects the host API to the store and the window (only when the Atlas runs inside a frame). */
import { zoneById } from '../content';
import { visibilityFrom } from '../layers/toggles';
import { useAtlasStore } from '../state/store';
import { outgoing, parseHostMessage, READY_PAYLOAD } from './hostApi';
import { goToStep, stepBy } from './stepper';

export function bindHostApi(win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  const target = () => useAtlasStore.getState().host ?? '*';
  const post = (message: Record<string, unknown>) => win.parent.postMessage(message, target());

  const onMessage = (event: MessageEvent) => {
    const { host } = useAtlasStore.getState();
    if (event.source !== win.parent || (host && event.origin !== host)) return;
    const command = parseHostMessage(event.data);
    if (!command) return;
    const s = useAtlasStore.getState();
    switch (command.type) {
      case 'select':
        s.selectZone(command.zone, 'host', { frame: true });
        break;
      case 'clear':
        s.clearSelection('host');
        break;
      case 'layers':
        s.setLayers(visibilityFrom(command.visible), s.opacity);
        break;
      case 'view':
        s.requestView(command.view);
        break;
      case 'step':
        goToStep(command.index);
        break;
      case 'next':
        stepBy(1);
        break;
      case 'prev':
        stepBy(-1);
        break;
      case 'lang':
        s.setLang(command.lang);
        break;
    }
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
    win.removeEventListener('message', onMessage);
    unsubscribeStatus();
    unsubscribeSelection();
    unsubscribeStep();
  };
}
