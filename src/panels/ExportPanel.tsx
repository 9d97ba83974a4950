/**
 * The export dialog: format, size (with the real pixel size stated before anything is drawn),
 * title and notes, what to include; progress with cancel; copy to clipboard. Loaded on demand.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { defaultTitle, exportPermalink, legendRows } from '../export/content';
import { qrModules } from '../export/qr';
import type { ExportOptions } from '../export/layout';
import { type Dpi, DPIS, EXPORT_PRESETS, type PresetId, presetById, type TextScaleId, withTextScale } from '../export/presets';
import { type ExportFormat, type ExportPhase, type ExportResult, exportPlan, isVectorFormat, legendInput, needsPagePixels, runExport, TooLargeError } from '../export/run';
import { fits } from '../export/plan';
import { ExportError } from '../export/errors';
import { exportMessages } from '../export/messages';
import { formatNumber } from '../i18n/format';
import { useAtlasStore } from '../state/store';
import { downloadBlob } from './download';
import { TextScalePicker } from './TextScalePicker';
import { basemapTitle } from '../layers/basemaps';
// The embedded face's licence is served beside it (SIL OFL 1.1 asks that it go with the font).
import fontLicenceUrl from '../../data/fonts/OFL.txt?url';

type Parts = Pick<ExportOptions, 'legend' | 'scaleBar' | 'northArrow' | 'attribution' | 'date'>;
const PARTS: Array<keyof Parts> = ['legend', 'scaleBar', 'northArrow', 'attribution', 'date'];

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; phase: ExportPhase; controller: AbortController }
  | { kind: 'done'; result: ExportResult }
  | { kind: 'message'; text: string; error: boolean; suggestion?: { presetId: PresetId; dpi: Dpi } };

const PHASES: ExportPhase[] = ['map', 'compose', 'encode'];
const FORMATS: ExportFormat[] = ['png', 'pdf', 'pdf-vector', 'svg'];

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
  const em = exportMessages(lang);
  // An online basemap is drawn as an image in a vector file: the dialog says which one.
  const basemapName = useAtlasStore((s) => (s.basemap ? basemapTitle(s.basemap, s.basemapConfig, s.lang) : null));
  const [format, setFormat] = useState<ExportFormat>('png');
  const [presetId, setPresetId] = useState<PresetId>('view-2x');
  const [dpi, setDpi] = useState<Dpi>(300);
  const [customTitle, setCustomTitle] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [parts, setParts] = useState<Parts>({ legend: true, scaleBar: true, northArrow: true, attribution: true, date: true });
  // Slides only: text size, footer and QR code (paper and view exports always carry both).
  const [textScale, setTextScale] = useState<TextScaleId>('standard');
  const [slideBands, setSlideBands] = useState({ footer: true, qr: true });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  const ids = useId();

  // Cancel an export still under way when the dialog closes.
  useEffect(() => () => running.current?.abort(), []);

  const title = customTitle ?? defaultTitle({ lang, selectedZoneId, briefingSteps, stepIndex });
  const basePreset = presetById(presetId) ?? EXPORT_PRESETS[0];
  const isSlide = basePreset?.kind === 'pixels';
  const preset = basePreset && withTextScale(basePreset, textScale);
  const options: ExportOptions = { title, notes, ...parts, ...(isSlide ? slideBands : {}) };
  // Everything else the plan reads is subscribed to above (frame, permalink, legend rows).
  // biome-ignore lint/correctness/useExhaustiveDependencies: legendKey stands for the rows (and lang) read from the store.
  const legend = useMemo(() => legendInput(useAtlasStore.getState(), format), [legendKey, format]);
  const preview = preset && frame ? { plan: exportPlan(preset, dpi, frame, options, qrSize, legend, useAtlasStore.getState()), gpuLimit: frame.gpuLimit } : null;
  const tooLarge = preview && needsPagePixels(format, basemapName !== null) ? !fits(preview.plan, preview.gpuLimit) : false;
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
      if (error instanceof DOMException && error.name === 'AbortError') setStatus({ kind: 'message', text: em.cancelled, error: false });
      else if (error instanceof TooLargeError) {
        const hint = error.suggestion
          ? ` ${em.trySuggestion(`${em.presets[error.suggestion.preset.id]} (${sizeText(error.suggestion.plan.page.width, error.suggestion.plan.page.height)})`)}`
          : '';
        const suggestion = error.suggestion ? { presetId: error.suggestion.preset.id, dpi: error.suggestion.dpi } : undefined;
        setStatus({ kind: 'message', text: em.tooLarge(sizeText(error.plan.page.width, error.plan.page.height), error.limit) + hint, error: true, suggestion });
      } else if (error instanceof ExportError && error.kind === 'timeout') setStatus({ kind: 'message', text: em.timeout, error: true });
      else if (error instanceof ExportError && error.kind === 'basemap') setStatus({ kind: 'message', text: em.basemapTiles(error.message), error: true });
      else if (error instanceof ExportError && error.kind === 'wasm') setStatus({ kind: 'message', text: em.wasmBlocked, error: true });
      else setStatus({ kind: 'message', text: em.failed(error instanceof Error ? error.message : String(error)), error: true });
    } finally {
      running.current = null;
    }
  };

  const copy = async (blob: Blob) => {
    try {
      if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('unsupported');
      await navigator.clipboard.write([new ClipboardItem({ [blob.type]: blob })]);
      setStatus({ kind: 'message', text: em.copied, error: false });
    } catch {
      setStatus({ kind: 'message', text: em.copyUnsupported, error: true });
    }
  };

  const busy = status.kind === 'running';
  return (
    <section className="drawer export-drawer" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{em.title}</h2>
      <fieldset className="inline" disabled={busy}>
        <legend>{em.format}</legend>
        {FORMATS.map((f) => (
          <label key={f}>
            <input type="radio" name={`${ids}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} />
            {em.formats[f]}
          </label>
        ))}
      </fieldset>
      <p className="hint" data-testid="export-format-note" data-vector={isVectorFormat(format) ? (basemapName ? 'with-raster-basemap' : 'all') : 'none'}>
        {em.formatNotes[format]}
        {isVectorFormat(format) && basemapName && ` ${em.rasterBasemapNote(basemapName)}`}
        {format !== 'png' && (
          <>
            {' '}
            <a href={fontLicenceUrl} target="_blank" rel="noopener">
              {em.fontLicence}
            </a>
          </>
        )}
      </p>
      <div className="export-row">
        <label>
          {em.size}{' '}
          <select value={presetId} disabled={busy} onChange={(e) => setPresetId(e.target.value as PresetId)} data-testid="export-preset">
            {EXPORT_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {em.presets[p.id]}
              </option>
            ))}
          </select>
        </label>
        {preset?.kind === 'paper' && (
          <label>
            {em.dpi}{' '}
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
          {em.realSize(formatNumber(preview.plan.page.width, lang, 0), formatNumber(preview.plan.page.height, lang, 0))}
          {preview.plan.page.paperMm && ` · ${em.paperSize(`${preview.plan.page.paperMm[0]} × ${preview.plan.page.paperMm[1]} mm`, dpi)}`}
        </p>
      )}
      {!preview && (
        <p className="export-warning" role="alert">
          {em.notReady}
        </p>
      )}
      {tooLarge && preview && (
        <p className="export-warning" role="alert">
          {em.tooLarge(sizeText(preview.plan.mapRect.w, preview.plan.mapRect.h), preview.gpuLimit)}
        </p>
      )}
      <label className="export-field">
        {em.titleLabel}
        <input value={title} disabled={busy} maxLength={120} onChange={(e) => setCustomTitle(e.target.value)} />
      </label>
      <label className="export-field">
        {em.notesLabel}
        <textarea value={notes} disabled={busy} rows={2} maxLength={240} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <fieldset className="inline" disabled={busy}>
        <legend>{em.include}</legend>
        {PARTS.map((part) => (
          <label key={part}>
            <input type="checkbox" checked={parts[part]} onChange={(e) => setParts({ ...parts, [part]: e.target.checked })} />
            {em.parts[part]}
          </label>
        ))}
      </fieldset>
      {isSlide && (
        <fieldset className="inline" disabled={busy}>
          <TextScalePicker name={`${ids}-text`} legend={em.textSize} labels={em.textScales} value={textScale} onChange={setTextScale} />
          <label>
            <input type="checkbox" checked={slideBands.footer} onChange={(e) => setSlideBands({ ...slideBands, footer: e.target.checked })} />
            {em.slideFooter}
          </label>
          <label>
            <input type="checkbox" checked={slideBands.qr} disabled={!slideBands.footer} onChange={(e) => setSlideBands({ ...slideBands, qr: e.target.checked })} />
            {em.slideQr}
          </label>
        </fieldset>
      )}
      {pitched && parts.scaleBar && <p className="hint">{em.pitchedNoScale}</p>}
      <p className="hint">{isSlide && !slideBands.footer ? em.slideNoFooter : em.qrAlways}</p>
      <div className="export-actions">
        {busy ? (
          <>
            <progress max={PHASES.length} value={PHASES.indexOf(status.phase) + 0.5} aria-label={em.phases[status.phase]} />
            <span role="status">{em.phases[status.phase]}</span>
            <button type="button" onClick={() => status.controller.abort()}>
              {em.cancel}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="primary" onClick={start} disabled={!preview}>
              {em.start}
            </button>
            <button type="button" onClick={() => window.print()}>
              {em.print}
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
          {em.done(status.result.fileName)}{' '}
          {status.result.layout.legendBeside && `${em.legendBeside} `}
          {status.result.missingGlyphs.length > 0 && `${em.missingGlyphs(status.result.missingGlyphs.join(' '))} `}
          {status.result.blob.type === 'image/png' && (
            <button type="button" onClick={() => copy(status.result.blob)}>
              {em.copy}
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
              {em.useSuggestion}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
