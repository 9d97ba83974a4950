/**
 * Presenting: the map alone, full screen, one step per screen; the step counter and title; the
 * clicker and keyboard keys (→ ← PageDown PageUp Space Home End; Esc leaves); a presenter window
 * with the notes. Loaded when presenting starts.
 */
import { useEffect } from 'react';
import { briefingMessages } from '../briefing/messages';
import { stopPresenting } from '../briefing/present';
import { startPresenterSync } from '../briefing/presenterSync';
import { useAtlasStore } from '../state/store';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar', 'Enter']);
const PREV = new Set(['ArrowLeft', 'PageUp', 'Backspace']);

function usePresentingKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useAtlasStore.getState();
      if (!s.presenting || !s.briefingSteps) return;
      const target = e.target as HTMLElement | null;
      // A focused button takes Space and Enter as a press, as everywhere.
      if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, a, input, textarea, select')) return;
      let handled = true;
      if (e.key === 'Escape') stopPresenting();
      else if (NEXT.has(e.key)) s.stepBy(1);
      else if (PREV.has(e.key)) s.stepBy(-1);
      else if (e.key === 'Home') s.goToStep(0);
      else if (e.key === 'End') s.goToStep(s.briefingSteps.length - 1);
      else handled = false;
      if (handled) {
        // Before the map's own keys (arrows pan it) and the app's Esc (which would clear the selection).
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    };
    // Capture: the map's keyboard handler sits on its canvas, below the window.
    window.addEventListener('keydown', onKey, true);
    // Leaving full screen by the browser's own Esc ends presenting too.
    const onFullscreen = () => {
      if (!document.fullscreenElement && useAtlasStore.getState().presenting) stopPresenting();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);
}

export function PresenterBar() {
  const lang = useAtlasStore((s) => s.lang);
  const steps = useAtlasStore((s) => s.briefingSteps);
  const index = useAtlasStore((s) => s.stepIndex ?? 0);
  usePresentingKeys();
  useEffect(() => startPresenterSync(), []);
  if (!steps) return null;
  const m = briefingMessages(lang);
  const openPresenter = () => {
    const url = `${window.location.pathname}?presenter=1&lang=${lang}`;
    window.open(url, 'futian-atlas-presenter', 'popup,width=960,height=640');
  };
  return (
    <nav className="presenter-bar" aria-label={m.present}>
      <span className="presenter-counter" data-testid="presenter-counter">
        {m.stepCounter(index + 1, steps.length)}
      </span>
      <span className="presenter-title" aria-live="polite" data-testid="presenter-title">
        {steps[index]?.title[lang] ?? ''}
      </span>
      <button type="button" onClick={() => useAtlasStore.getState().stepBy(-1)} disabled={index <= 0} aria-label={m.stepCounter(index, steps.length)}>
        ◀
      </button>
      <button type="button" onClick={() => useAtlasStore.getState().stepBy(1)} disabled={index >= steps.length - 1} aria-label={m.next}>
        ▶
      </button>
      <button type="button" className="presenter-open" onClick={openPresenter}>
        {m.presenterWindow}
      </button>
      <button type="button" onClick={stopPresenting}>
        {m.exit}
      </button>
    </nav>
  );
}
