/** Steps through the active briefing: buttons here, PageUp/PageDown (slide clickers) anywhere. */
import { useEffect } from 'react';
import { presentCurrent } from '../briefing/present';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';

function useStepKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!useAtlasStore.getState().briefingSteps) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="combobox"]')) return;
      // Arrow keys pan the map when it has focus; PageUp/PageDown are what slide clickers send.
      const onMap = Boolean(target?.closest('.maplibregl-canvas-container'));
      if (e.key === 'PageDown' || (!onMap && e.key === 'ArrowRight')) {
        if (useAtlasStore.getState().stepBy(1)) e.preventDefault();
      } else if (e.key === 'PageUp' || (!onMap && e.key === 'ArrowLeft')) {
        if (useAtlasStore.getState().stepBy(-1)) e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function BriefingBar() {
  const lang = useAtlasStore((s) => s.lang);
  const steps = useAtlasStore((s) => s.briefingSteps);
  const index = useAtlasStore((s) => s.stepIndex);
  useStepKeys();
  if (!steps) return null;
  const m = messagesFor(lang);
  const current = index === null ? null : steps[index];
  return (
    <nav className="briefing-bar" aria-label={m.embed.briefing}>
      <button type="button" onClick={() => useAtlasStore.getState().stepBy(-1)} disabled={index === null || index <= 0} aria-label={m.embed.prev}>
        ◀
      </button>
      <span aria-live="polite" data-step-index={index ?? ''}>
        {index === null ? m.embed.briefing : `${m.embed.stepOf(index + 1, steps.length)} · ${current?.title[lang] ?? ''}`}
      </span>
      <button type="button" onClick={() => (index === null ? useAtlasStore.getState().goToStep(0) : useAtlasStore.getState().stepBy(1))} disabled={index !== null && index >= steps.length - 1} aria-label={m.embed.next}>
        ▶
      </button>
      <button type="button" className="briefing-present" onClick={() => void presentCurrent(index ?? 0)} title={m.embed.present}>
        {m.embed.presentShort}
      </button>
    </nav>
  );
}
