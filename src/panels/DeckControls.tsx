/** The deck: text size, what slides carry, PPTX or PDF, with progress per step and cancel. */
import { useEffect, useId, useRef, useState } from 'react';
import type { BriefingDoc } from '../briefing/document';
import { briefingMessages } from '../briefing/messages';
import type { DeckFormat, DeckOptions } from '../briefing/deck/runDeck';
import type { TextScaleId } from '../export/presets';
import type { Lang } from '../i18n';
import { downloadBlob } from './download';
import { TextScalePicker } from './TextScalePicker';

type Status = { kind: 'idle' } | { kind: 'running'; done: number; total: number } | { kind: 'done'; fileName: string; size: number } | { kind: 'message'; text: string; error: boolean };

export function DeckControls({ doc, lang }: { doc: BriefingDoc; lang: Lang }) {
  const m = briefingMessages(lang);
  const ids = useId();
  const [textScale, setTextScale] = useState<TextScaleId>('large');
  const [bands, setBands] = useState({ footer: true, qr: true, svg: true });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = async (format: DeckFormat) => {
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'running', done: 0, total: doc.steps.length });
    try {
      const { runDeck } = await import('../briefing/deck/runDeck');
      const options: DeckOptions = { format, textScale, ...bands };
      const out = await runDeck(doc, options, (done, total) => setStatus({ kind: 'running', done, total }), controller.signal);
      downloadBlob(out.blob, out.fileName);
      setStatus({ kind: 'done', fileName: out.fileName, size: out.blob.size });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') setStatus({ kind: 'message', text: m.cancelled, error: false });
      else setStatus({ kind: 'message', text: m.deckFailed(error instanceof Error ? error.message : String(error)), error: true });
    } finally {
      running.current = null;
    }
  };

  const busy = status.kind === 'running';
  return (
    <div className="deck-controls">
      <h3>{m.deck}</h3>
      <fieldset className="inline" disabled={busy}>
        <TextScalePicker name={`${ids}-scale`} legend={m.textSize} labels={m.textScales} value={textScale} onChange={setTextScale} />
      </fieldset>
      <fieldset className="inline" disabled={busy}>
        <legend>{m.deck}</legend>
        <label>
          <input type="checkbox" checked={bands.footer} onChange={(e) => setBands({ ...bands, footer: e.target.checked })} />
          {m.withFooter}
        </label>
        <label>
          <input type="checkbox" checked={bands.qr} disabled={!bands.footer} onChange={(e) => setBands({ ...bands, qr: e.target.checked })} />
          {m.withQr}
        </label>
        <label>
          <input type="checkbox" checked={bands.svg} onChange={(e) => setBands({ ...bands, svg: e.target.checked })} />
          {m.withSvg}
        </label>
      </fieldset>
      <div className="export-actions">
        {busy ? (
          <>
            <progress max={status.total} value={status.done} aria-label={m.deckProgress(status.done + 1, status.total)} />
            <span role="status" data-testid="deck-progress">
              {m.deckProgress(Math.min(status.done + 1, status.total), status.total)}
            </span>
            <button type="button" onClick={() => running.current?.abort()}>
              {m.cancel}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => void start('pptx')}>
              {m.deckPptx}
            </button>
            <button type="button" onClick={() => void start('pdf')}>
              {m.deckPdf}
            </button>
          </>
        )}
      </div>
      {status.kind === 'done' && (
        <p role="status" className="export-done" data-testid="deck-done" data-file={status.fileName}>
          {m.deckDone(status.fileName)}
        </p>
      )}
      {status.kind === 'message' && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'export-warning' : 'export-done'} data-testid="deck-message">
          {status.text}
        </p>
      )}
    </div>
  );
}
