/**
 * The presenter window (`?presenter=1`): the step on screen with its notes, the next step's title,
 * and buttons and keys to step, kept in step with the presenting window over a BroadcastChannel.
 * It draws no map: it is the speaker's screen.
 */
import { useEffect, useRef, useState } from 'react';
import { briefingMessages } from '../briefing/messages';
import { PRESENTER_CHANNEL, type PresenterCommand, type PresenterState, readState } from '../briefing/presenterChannel';
import type { Lang } from '../i18n';

export function PresenterWindow({ lang: startLang }: { lang: Lang }) {
  const [state, setState] = useState<PresenterState | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  const lang = state?.lang ?? startLang;
  const m = briefingMessages(lang);

  useEffect(() => {
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = ch;
    ch.onmessage = (event: MessageEvent) => {
      const next = readState(event.data);
      if (next) setState(next);
    };
    ch.postMessage({ type: 'hello' } satisfies PresenterCommand);
    return () => ch.close();
  }, []);

  const go = (index: number) => {
    if (!state || index < 0 || index >= state.steps.length) return;
    channel.current?.postMessage({ type: 'go', index } satisfies PresenterCommand);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!state) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go(state.index + 1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(state.index - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(state.steps.length - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${m.presenterTitle} · ${state?.title || m.untitled}`;
  }, [lang, m, state?.title]);

  if (!state) {
    return (
      <main className="presenter-window">
        <h1>{m.presenterTitle}</h1>
        <p role="status">{m.presenterWaiting}</p>
      </main>
    );
  }
  const step = state.steps[state.index];
  const next = state.steps[state.index + 1];
  return (
    <main className="presenter-window">
      <p className="presenter-counter" data-testid="presenter-window-counter">
        {state.title || m.untitled} · {m.stepCounter(state.index + 1, state.steps.length)}
      </p>
      <h1 data-testid="presenter-window-title">{step?.title}</h1>
      <h2>{m.notes}</h2>
      <p className="presenter-notes" data-testid="presenter-window-notes">
        {step?.notes || m.noNotes}
      </p>
      <p className="presenter-next" data-testid="presenter-window-next">
        {next ? m.nextStep(next.title) : m.lastStep}
      </p>
      <div className="presenter-actions">
        <button type="button" onClick={() => go(state.index - 1)} disabled={state.index <= 0}>
          ◀
        </button>
        <button type="button" onClick={() => go(state.index + 1)} disabled={!next}>
          {m.next} ▶
        </button>
      </div>
      <p className="hint">{m.keysHint}</p>
    </main>
  );
}
