/**
 * The export dialog: format, size (with the real pixel size stated before anything is drawn),
 * title and notes, what to include; progress with cancel; copy to clipboard. Loaded on demand.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { defaultTitle, exportPermalink, legendRows } from '../export/content';
import { qrModules } from '../export/qr';
import type { ExportOptions } from '../export/layout';
import { type Dpi, DPIS, EXPORT_PRESETS, type PresetId, presetById } from '../export/presets';
import { type ExportFormat, type ExportPhase, type ExportResult, exportPlan, legendInput, runExport, TooLargeError } from '../export/run';
import { fits } from '../export/plan';
import { ExportError } from '../export/errors';
import { messagesFor } from '../i18n';
import { formatNumber } from '../i18n/format';
import { useAtlasStore } from '../state/store';
import { downloadBlob } from './download';

type Parts = Pick<ExportOptions, 'legend' | 'scaleBar' | 'northArrow' | 'attribution' | 'date'>;
const PARTS: Array<keyof Parts> = ['legend', 'scaleBar', 'northArrow', 'attribution', 'date'];

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; phase: ExportPhase; controller: AbortController }
  | { kind: 'done'; result: ExportResult }
  | { kind: 'message'; text: string; error: boolean; suggestion?: { presetId: PresetId; dpi: Dpi } };

const PHASES: ExportPhase[] = ['map', 'compose', 'encode'];

export function ExportPanel() {
  const lang = useAtlasStore((s) => s.lang);
  const selectedZoneId = useAtlasStore((s) => s.selectedZoneId);
  const pitched = useAtlasStore((s) => s.view.pitch >= 1);
  const briefingSteps = useAtlasStore((s) => s.briefingSteps);
  const stepIndex = useAtlasStore((s) => s.stepIndex);
  // The current-view presets are sized from the live map's frame, which the map keeps current in the store.
  const frame = useAtlasStore((s) => s.mapFrame);
  // The QR code's size depends on the permalink's length: rebuilt only when the link changes.
  const permalink = useAtlasStore((s) => exportPermalink(s, window.location));
  const qrSize = useMemo(() => qrModules(permalink).length, [permalink]);
  // The legend's rows decide whether it goes beside the map (and so a view preset's page size): re-plan when they change.
  const legendKey = useAtlasStore((s) => legendRows(s, 'all').map((r) => r.label).join('\n'));
  const m = messagesFor(lang);
  const [format, setFormat] = useState<ExportFormat>('png');
  const [presetId, setPresetId] = useState<PresetId>('view-2x');
  const [dpi, setDpi] = useState<Dpi>(300);
  const [customTitle, setCustomTitle] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [parts, setParts] = useState<Parts>({ legend: true, scaleBar: true, northArrow: true, attribution: true, date: true });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  const ids = useId();

  // Cancel an export still under way when the dialog closes.
  useEffect(() => () => running.current?.abort(), []);

  const title = customTitle ?? defaultTitle({ lang, selectedZoneId, briefingSteps, stepIndex });
  const preset = presetById(presetId) ?? EXPORT_PRESETS[0];
  const options: ExportOptions = { title, notes, ...parts };
  // Everything else the plan reads is subscribed to above (frame, permalink, legend rows).
  // biome-ignore lint/correctness/useExhaustiveDependencies: legendKey stands for the rows (and lang) read from the store.
  const legend = useMemo(() => legendInput(useAtlasStore.getState(), format), [legendKey, format]);
  const preview = preset && frame ? { plan: exportPlan(preset, dpi, frame, options, qrSize, legend, useAtlasStore.getState()), gpuLimit: frame.gpuLimit } : null;
  const tooLarge = preview ? !fits(preview.plan, preview.gpuLimit) : false;
  const sizeText = (w: number, h: number) => `${formatNumber(w, lang, 0)} × ${formatNumber(h, lang, 0)}`;

  const start = async () => {
    if (!preset) return;
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'running', phase: 'map', controller });
    try {
      const result = await runExport({ preset, dpi, format, options }, (phase) => setStatus({ kind: 'running', phase, controller }), controller.signal);
      downloadBlob(result.blob, result.fileName);
      setStatus({ kind: 'done', result });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') setStatus({ kind: 'message', text: m.exportMap.cancelled, error: false });
      else if (error instanceof TooLargeError) {
        const hint = error.suggestion
          ? ` ${m.exportMap.trySuggestion(`${m.exportMap.presets[error.suggestion.preset.id]} (${sizeText(error.suggestion.plan.page.width, error.suggestion.plan.page.height)})`)}`
          : '';
        const suggestion = error.suggestion ? { presetId: error.suggestion.preset.id, dpi: error.suggestion.dpi } : undefined;
        setStatus({ kind: 'message', text: m.exportMap.tooLarge(sizeText(error.plan.page.width, error.plan.page.height), error.limit) + hint, error: true, suggestion });
      } else if (error instanceof ExportError && error.kind === 'timeout') setStatus({ kind: 'message', text: m.exportMap.timeout, error: true });
      else if (error instanceof ExportError && error.kind === 'basemap') setStatus({ kind: 'message', text: m.exportMap.basemapTiles(error.message), error: true });
      else setStatus({ kind: 'message', text: m.exportMap.failed(error instanceof Error ? error.message : String(error)), error: true });
    } finally {
      running.current = null;
    }
  };

  const copy = async (blob: Blob) => {
    try {
      if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('unsupported');
      await navigator.clipboard.write([new ClipboardItem({ [blob.type]: blob })]);
      setStatus({ kind: 'message', text: m.exportMap.copied, error: false });
    } catch {
      setStatus({ kind: 'message', text: m.exportMap.copyUnsupported, error: true });
    }
  };

  const busy = status.kind === 'running';
  return (
    <section className="drawer export-drawer" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{m.exportMap.title}</h2>
      <fieldset className="inline" disabled={busy}>
        <legend>{m.exportMap.format}</legend>
        {(['png', 'pdf'] as const).map((f) => (
          <label key={f}>
            <input type="radio" name={`${ids}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} />
            {m.exportMap.formats[f]}
          </label>
        ))}
      </fieldset>
      <div className="export-row">
        <label>
          {m.exportMap.size}{' '}
          <select value={presetId} disabled={busy} onChange={(e) => setPresetId(e.target.value as PresetId)} data-testid="export-preset">
            {EXPORT_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {m.exportMap.presets[p.id]}
              </option>
            ))}
          </select>
        </label>
        {preset?.kind === 'paper' && (
          <label>
            {m.exportMap.dpi}{' '}
            <select value={dpi} disabled={busy} onChange={(e) => setDpi(Number(e.target.value) as Dpi)} data-testid="export-dpi">
              {DPIS.map((d) => (
                <option key={d} value={d}>
                  {d} dpi
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {preview && (
        <p
          className="export-size"
          data-testid="export-size"
          data-width={preview.plan.page.width}
          data-height={preview.plan.page.height}
          data-map-y={preview.plan.mapRect.y}
          data-map-height={preview.plan.mapRect.h}
          data-gpu-limit={preview.gpuLimit}
        >
          {m.exportMap.realSize(formatNumber(preview.plan.page.width, lang, 0), formatNumber(preview.plan.page.height, lang, 0))}
          {preview.plan.page.paperMm && ` · ${m.exportMap.paperSize(`${preview.plan.page.paperMm[0]} × ${preview.plan.page.paperMm[1]} mm`, dpi)}`}
        </p>
      )}
      {!preview && (
        <p className="export-warning" role="alert">
          {m.exportMap.notReady}
        </p>
      )}
      {tooLarge && preview && (
        <p className="export-warning" role="alert">
          {m.exportMap.tooLarge(sizeText(preview.plan.mapRect.w, preview.plan.mapRect.h), preview.gpuLimit)}
        </p>
      )}
      <label className="export-field">
        {m.exportMap.titleLabel}
        <input value={title} disabled={busy} maxLength={120} onChange={(e) => setCustomTitle(e.target.value)} />
      </label>
      <label className="export-field">
        {m.exportMap.notesLabel}
        <textarea value={notes} disabled={busy} rows={2} maxLength={240} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <fieldset className="inline" disabled={busy}>
        <legend>{m.exportMap.include}</legend>
        {PARTS.map((part) => (
          <label key={part}>
            <input type="checkbox" checked={parts[part]} onChange={(e) => setParts({ ...parts, [part]: e.target.checked })} />
            {m.exportMap.parts[part]}
          </label>
        ))}
      </fieldset>
      {pitched && parts.scaleBar && <p className="hint">{m.exportMap.pitchedNoScale}</p>}
      <p className="hint">{m.exportMap.qrAlways}</p>
      <div className="export-actions">
        {busy ? (
          <>
            <progress max={PHASES.length} value={PHASES.indexOf(status.phase) + 0.5} aria-label={m.exportMap.phases[status.phase]} />
            <span role="status">{m.exportMap.phases[status.phase]}</span>
            <button type="button" onClick={() => status.controller.abort()}>
              {m.exportMap.cancel}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="primary" onClick={start} disabled={!preview}>
              {m.exportMap.start}
            </button>
            <button type="button" onClick={() => window.print()}>
              {m.exportMap.print}
            </button>
          </>
        )}
      </div>
      {status.kind === 'done' && (
        <p
          role="status"
          className="export-done"
          data-testid="export-done"
          data-file={status.result.fileName}
          // Where the page put the legend and the subject, for the export coverage audit (test/e2e/framing.e2e.ts).
          data-layout={JSON.stringify(status.result.layout)}
        >
          {m.exportMap.done(status.result.fileName)}{' '}
          {status.result.layout.legendBeside && `${m.exportMap.legendBeside} `}
          {status.result.blob.type === 'image/png' && (
            <button type="button" onClick={() => copy(status.result.blob)}>
              {m.exportMap.copy}
            </button>
          )}
        </p>
      )}
      {status.kind === 'message' && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'export-warning' : 'export-done'} data-testid="export-message">
          {status.text}{' '}
          {status.suggestion && (
            <button
              type="button"
              onClick={() => {
                if (!status.suggestion) return;
                setPresetId(status.suggestion.presetId);
                setDpi(status.suggestion.dpi);
                setStatus({ kind: 'idle' });
              }}
            >
              {m.exportMap.useSuggestion}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
