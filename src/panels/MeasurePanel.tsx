/** Live readout of the measure tool; every number from src/geo/path.ts. */
import { zoneById } from '../content';
import { measurePath } from '../geo/path';
import { messagesFor } from '../i18n';
import { formatMeasuredKm, formatMeasuredKm2, formatUncertainDistance } from '../i18n/format';
import { useAtlasStore } from '../state/store';

export function MeasurePanel() {
  const lang = useAtlasStore((s) => s.lang);
  const measuring = useAtlasStore((s) => s.measuring);
  const points = useAtlasStore((s) => s.measurePoints);
  const closed = useAtlasStore((s) => s.measureClosed);
  const fromZone = useAtlasStore((s) => s.measureFromZone);
  const zoneGeo = useAtlasStore((s) => s.zoneGeo);
  const actions = useAtlasStore.getState();
  const m = messagesFor(lang);
  if (!measuring && points.length === 0) return null;
  const result = measurePath(points, closed, fromZone ? (zoneGeo?.get(fromZone)?.geometry ?? null) : null);
  return (
    <section className="measure-panel" aria-labelledby="measure-title" aria-live="polite">
      <h2 id="measure-title">
        {m.measure.title} <small>{m.measure.points(points.length)}</small>
      </h2>
      {measuring && <p className="hint">{m.measure.hint}</p>}
      <dl className="facts">
        <dt>{m.measure.length}</dt>
        <dd data-measure="length">{formatMeasuredKm(result.lengthKm, lang)}</dd>
        {result.areaKm2 !== null && (
          <>
            <dt>{m.measure.area}</dt>
            <dd data-measure="area">{formatMeasuredKm2(result.areaKm2, lang)}</dd>
            <dt>{m.measure.perimeter}</dt>
            <dd data-measure="perimeter">{formatMeasuredKm(result.perimeterKm ?? 0, lang)}</dd>
          </>
        )}
        {fromZone && result.fromZoneKm !== null && (
          <>
            <dt>{m.measure.fromZone(zoneById(fromZone).name[lang])}</dt>
            <dd data-measure="from-zone">{formatUncertainDistance(result.fromZoneKm, zoneGeo?.get(fromZone)?.accuracyM ?? 0, lang)}</dd>
          </>
        )}
      </dl>
      <p className="measured-how" data-measure="why-no-plus-minus">
        {m.measure.exact}
      </p>
      <p className="measure-actions">
        <button type="button" onClick={actions.undoMeasurePoint} disabled={points.length === 0}>
          {m.measure.undo}
        </button>
        <button type="button" onClick={actions.closeMeasure} disabled={points.length < 3 || closed}>
          {m.measure.close}
        </button>
        {measuring && (
          <button type="button" onClick={actions.finishMeasure}>
            {m.measure.finish}
          </button>
        )}
        <button type="button" onClick={actions.clearMeasure}>
          {m.measure.clear}
        </button>
      </p>
    </section>
  );
}
