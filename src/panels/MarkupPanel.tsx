/**
 * The markup tool (标绘与量算): the drawing modes, the live measurement of the shape being drawn
 * or selected (every number from src/markup/geometry.ts), the style, and the drawn shapes.
 * It replaces the measure tool: a line measures a path, a polygon an area, and "from this zone"
 * places a point and reads its distance from the zone's edge.
 */
import { useEffect, useRef } from 'react';
import { newKey } from '../encoding/key';
import { zoneById } from '../content';
import { messagesFor } from '../i18n';
import { formatMeasuredKm, formatMeasuredKm2, formatUncertainDistance } from '../i18n/format';
import { fromZoneKm, measureShape } from '../markup/geometry';
import { markupToGeoJson } from '../markup/geojson';
import { importMarkupFile } from '../import/importMarkup';
import { MARKUP_MODE_KEYS, markupMessages } from '../markup/messages';
import { MARKUP_KINDS } from '../markup/types';
import type { MarkupMode } from '../state/markup';
import { useAtlasStore } from '../state/store';
import { downloadText } from './download';
import { MarkupShapes } from './MarkupShapes';
import { MarkupStyleControls } from './MarkupStyleControls';

const MODES: MarkupMode[] = ['select', ...MARKUP_KINDS];

function Readout() {
  const lang = useAtlasStore((s) => s.lang);
  const draft = useAtlasStore((s) => s.markupDraft);
  const shapes = useAtlasStore((s) => s.markup.shapes);
  const selectedId = useAtlasStore((s) => s.markupSelectedId);
  const fromZone = useAtlasStore((s) => s.markupFromZone);
  const zoneGeo = useAtlasStore((s) => s.zoneGeo);
  const m = messagesFor(lang);
  // What is measured: the shape being drawn, else the selected one, else the newest.
  const shape = draft ?? shapes.find((x) => x.id === selectedId) ?? shapes.at(-1);
  if (!shape) return null;
  const measured = measureShape(shape);
  const zone = fromZone ? zoneGeo?.get(fromZone) : undefined;
  const fromKm = zone && fromZone ? fromZoneKm(zone.geometry, shape) : null;
  return (
    <dl className="facts markup-readout">
      {measured.lengthKm !== null && (
        <>
          <dt>{m.measure.length}</dt>
          <dd data-measure="length">{formatMeasuredKm(measured.lengthKm, lang)}</dd>
        </>
      )}
      {measured.areaKm2 !== null && (
        <>
          <dt>{m.measure.area}</dt>
          <dd data-measure="area">{formatMeasuredKm2(measured.areaKm2, lang)}</dd>
          <dt>{m.measure.perimeter}</dt>
          <dd data-measure="perimeter">{formatMeasuredKm(measured.perimeterKm ?? 0, lang)}</dd>
        </>
      )}
      {measured.radiusKm !== null && (
        <>
          <dt>{markupMessages(lang).radius}</dt>
          <dd data-measure="radius">{formatMeasuredKm(measured.radiusKm, lang)}</dd>
        </>
      )}
      {fromZone && fromKm !== null && zone && (
        <>
          <dt>{m.measure.fromZone(zoneById(fromZone).name[lang])}</dt>
          <dd data-measure="from-zone">{formatUncertainDistance(fromKm, zone.accuracyM, lang)}</dd>
        </>
      )}
    </dl>
  );
}

export function MarkupPanel() {
  const lang = useAtlasStore((s) => s.lang);
  const mode = useAtlasStore((s) => s.markupMode);
  const markup = useAtlasStore((s) => s.markup);
  const selectedId = useAtlasStore((s) => s.markupSelectedId);
  const draft = useAtlasStore((s) => s.markupDraft);
  const canUndo = useAtlasStore((s) => s.markupPast.length > 0);
  const canRedo = useAtlasStore((s) => s.markupFuture.length > 0);
  const snapping = useAtlasStore((s) => s.markupSnapping);
  const measurements = useAtlasStore((s) => s.markupMeasurements);
  // The drawing tool loads when first used: until then a click on the map would draw nothing.
  const ready = useAtlasStore((s) => s.markupPort !== null);
  const actions = useAtlasStore.getState();
  const m = messagesFor(lang);
  const mm = markupMessages(lang);
  const fileRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const shapeCount = markup.shapes.length;
  const newest = markup.shapes.at(-1);
  const count = useRef(shapeCount);
  // A note point just placed: its text box takes the focus, so the planner types the note.
  useEffect(() => {
    if (shapeCount > count.current && newest?.kind === 'point') listRef.current?.querySelector<HTMLInputElement>(`[data-shape-id="${newest.id}"] input`)?.focus();
    count.current = shapeCount;
  }, [shapeCount, newest]);
  const selected = markup.shapes.find((x) => x.id === selectedId);
  const closable = (draft && (draft.kind === 'line' || draft.kind === 'freehand') && draft.coords.length >= 3) || (selected && (selected.kind === 'line' || selected.kind === 'freehand') && selected.coords.length >= 3);
  const closeAsArea = () => {
    // Measure tool's 闭合为面: a line (being drawn or selected) becomes a polygon, and drawing ends.
    const line = draft && draft.coords.length >= 3 ? draft : selected;
    if (!line) return;
    const coords = draft ? draft.coords.slice(0, -1).length >= 3 ? draft.coords.slice(0, -1) : draft.coords : line.coords;
    if (selected && !draft) actions.updateMarkupShape(selected.id, { kind: 'polygon', coords });
    else actions.addMarkupShape({ id: newKey('m'), kind: 'polygon', coords, note: '', style: actions.markupStyle });
    actions.setMarkupMode(null);
  };
  const exportGeoJson = () => downloadText(`${JSON.stringify(markupToGeoJson(markup), null, 1)}\n`, lang === 'zh' ? '福田区规划地图-标绘.geojson' : 'futian-atlas-markup.geojson', 'application/geo+json');
  return (
    <section className="markup-panel" aria-labelledby="markup-title" data-mode={mode ?? 'idle'} data-ready={ready || mode === null}>
      <header>
        <h2 id="markup-title">
          {mm.title} <small>{mm.shapes(shapeCount)}</small>
        </h2>
        <button type="button" className="close" aria-label={mm.close} onClick={actions.closeMarkup}>
          {m.dismiss}
        </button>
      </header>
      <div className="markup-modes" role="toolbar" aria-label={mm.title}>
        {MODES.map((id) => (
          <button key={id} type="button" aria-pressed={mode === id} data-markup-mode={id} title={`${mm.modes[id]} (${MARKUP_MODE_KEYS[id]})`} onClick={() => actions.setMarkupMode(id)}>
            {mm.modes[id]}
          </button>
        ))}
      </div>
      <p className="hint" aria-live="polite">
        {mode && !ready ? mm.loading : mm.hints[mode ?? 'idle']}
      </p>
      {mode && mode !== 'select' && <p className="hint keyboard-hint">{mm.keyboardHint}</p>}
      <Readout />
      <p className="measured-how" data-measure="why-no-plus-minus">
        {m.measure.exact}
      </p>
      <p className="measure-actions">
        <button type="button" onClick={() => (actions.markupPort?.isDrawing() ? actions.markupPort.undoVertex() : actions.undoMarkup())} disabled={!canUndo && !draft}>
          {mm.undo}
        </button>
        <button type="button" onClick={actions.redoMarkup} disabled={!canRedo}>
          {mm.redo}
        </button>
        <button type="button" onClick={closeAsArea} disabled={!closable}>
          {m.measure.close}
        </button>
        {mode && (
          <button type="button" onClick={() => actions.setMarkupMode(null)}>
            {m.measure.finish}
          </button>
        )}
        <button type="button" onClick={() => selectedId && actions.removeMarkupShape(selectedId)} disabled={!selectedId}>
          {mm.deleteSelected}
        </button>
        <button type="button" onClick={actions.clearMarkup} disabled={shapeCount === 0}>
          {m.measure.clear}
        </button>
      </p>
      <details className="markup-more">
        <summary>{mm.more}</summary>
        <MarkupStyleControls />
        <label className="check">
          <input type="checkbox" checked={snapping} onChange={(e) => actions.setMarkupSnapping(e.target.checked)} />
          {mm.snapping}
        </label>
        <label className="check">
          <input type="checkbox" checked={measurements} onChange={(e) => actions.setMarkupMeasurements(e.target.checked)} />
          {mm.measurements}
        </label>
        <p className="measure-actions">
          <button type="button" onClick={exportGeoJson} disabled={shapeCount === 0}>
            {mm.exportGeoJson}
          </button>
          <button type="button" onClick={() => fileRef.current?.click()}>
            {mm.importGeoJson}
          </button>
          <input
            ref={fileRef}
            type="file"
            hidden
            accept=".geojson,.json,application/geo+json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importMarkupFile(file);
              e.target.value = '';
            }}
          />
        </p>
      </details>
      <div ref={listRef}>
        <MarkupShapes />
      </div>
    </section>
  );
}
