/** Every zone against every zone (or a chosen set), sortable, downloadable as CSV or JSON. */
import { useEffect, useMemo, useState } from 'react';
import { buildDistanceTable, cellOf, type DistanceTable, distanceRows, rowName, rowOrder, type SortKey, toCsv, toJson } from '../analysis/distanceTable';
import { edgeMatrix } from '../analysis/edgeMatrix';
import { ZONES, zoneById } from '../content';
import type { DistanceMetric } from '../geo/measure';
import { messagesFor } from '../i18n';
import { formatNumber } from '../i18n/format';
import { useAtlasStore } from '../state/store';
import type { ZoneId, ZoneKind } from '../zones/ids';
import { dateStamp } from '../export/fileName';
import { downloadText } from './download';

const SETS: Record<'clusters' | 'layout' | 'partners' | 'district', ZoneKind[]> = {
  clusters: ['cluster'],
  layout: ['core', 'belt', 'axis'],
  partners: ['partner', 'village', 'park'],
  district: ['district'],
};
type SetId = keyof typeof SETS;

export function DistancePanel() {
  const lang = useAtlasStore((s) => s.lang);
  const zoneGeo = useAtlasStore((s) => s.zoneGeo);
  const selectZone = useAtlasStore((s) => s.selectZone);
  const m = messagesFor(lang);
  const [metric, setMetric] = useState<DistanceMetric>('centre');
  const [sets, setSets] = useState<Record<SetId, boolean>>({ clusters: true, layout: true, partners: false, district: false });
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: { by: 'name' }, ascending: true });

  const ids = useMemo(() => {
    const kinds = new Set((Object.keys(SETS) as SetId[]).filter((s) => sets[s]).flatMap((s) => SETS[s]));
    return ZONES.filter((z) => kinds.has(z.kind)).map((z) => z.id);
  }, [sets]);
  // Centre to centre is computed here (a few ms); edge to edge in a worker, the table showing once it answers.
  const centreTable = useMemo(() => (zoneGeo && metric === 'centre' ? buildDistanceTable(ids, zoneGeo, 'centre') : null), [ids, zoneGeo, metric]);
  const [edgeTable, setEdgeTable] = useState<{ ids: readonly ZoneId[]; table: DistanceTable } | null>(null);
  useEffect(() => {
    if (!zoneGeo || metric !== 'edge') return;
    let current = true;
    void edgeMatrix(distanceRows(ids, zoneGeo).map((r) => r.zone)).then((matrix) => {
      if (current) setEdgeTable({ ids, table: buildDistanceTable(ids, zoneGeo, 'edge', matrix) });
    });
    return () => {
      current = false;
    };
  }, [ids, zoneGeo, metric]);
  const table = metric === 'centre' ? centreTable : edgeTable?.ids === ids ? edgeTable.table : null;
  const nameOf = (id: ZoneId) => zoneById(id).name[lang];
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const order = table ? rowOrder(table, sort.key, sort.ascending, nameOf, locale) : [];
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, ascending: JSON.stringify(s.key) === JSON.stringify(key) ? !s.ascending : true }));
  const ariaSort = (key: SortKey) => (JSON.stringify(sort.key) === JSON.stringify(key) ? (sort.ascending ? 'ascending' : 'descending') : 'none');
  const baseName = `futian-atlas_distances-${metric}_${lang}_${dateStamp()}`;

  return (
    <section className="drawer distance-drawer" aria-labelledby="distance-title">
      <h2 id="distance-title">{m.distances.title}</h2>
      <fieldset className="inline">
        <legend>{m.distances.metric}</legend>
        {(['centre', 'edge'] as const).map((mt) => (
          <label key={mt}>
            <input type="radio" name="metric" checked={metric === mt} onChange={() => setMetric(mt)} />
            {m.distances[mt]}
          </label>
        ))}
      </fieldset>
      <fieldset className="inline">
        <legend>{m.distances.subset}</legend>
        {(Object.keys(SETS) as SetId[]).map((s) => (
          <label key={s}>
            <input type="checkbox" checked={sets[s]} onChange={(e) => setSets({ ...sets, [s]: e.target.checked })} />
            {m.distances.sets[s]}
          </label>
        ))}
      </fieldset>
      <p className="hint">
        {m.distances.sortHint} · {m.panel.measuredHow} {m.distances.legend}
      </p>
      {table && (
        <p>
          <button type="button" onClick={() => downloadText(toCsv(table, order, nameOf, { corner: `${m.distances.corner} · ${m.distances[metric]}`, id: m.distances.idColumn, accuracy: m.distances.accuracyColumn, plusMinus: m.distances.plusMinusColumn, notComputed: m.distances.notComputed }), `${baseName}.csv`, 'text/csv;charset=utf-8')}>
            {m.distances.downloadCsv}
          </button>{' '}
          <button type="button" onClick={() => downloadText(toJson(table, order, nameOf, m.distances[metric]), `${baseName}.json`, 'application/json')}>
            {m.distances.downloadJson}
          </button>
        </p>
      )}
      {!table ? (
        <p>{m.distances.computing}</p>
      ) : (
        <div className="table-scroll">
          <table className="distance-table">
            <caption className="visually-hidden">{m.distances.title}</caption>
            <thead>
              <tr>
                <th scope="col" aria-sort={ariaSort({ by: 'name' })}>
                  <button type="button" onClick={() => sortBy({ by: 'name' })}>
                    {m.zoneList.name}
                  </button>
                </th>
                {order.map((j) => {
                  const id = table.ids[j];
                  return (
                    <th key={id} scope="col" aria-sort={ariaSort({ by: 'column', id })} data-zone-id={id}>
                      <button type="button" onClick={() => sortBy({ by: 'column', id })} title={rowName(table, j, nameOf)}>
                        {rowName(table, j, nameOf)}
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {order.map((i) => (
                <tr key={table.ids[i]} data-zone-id={table.ids[i]}>
                  <th scope="row">
                    <button type="button" className="zone-link" onClick={() => selectZone(table.ids[i], 'list', { frame: true })}>
                      {rowName(table, i, nameOf)}
                    </button>
                  </th>
                  {order.map((j) => {
                    const id = table.ids[j];
                    const cell = cellOf(table, i, j);
                    if (cell === 'self') return <td key={id} className="num self" aria-label={m.distances.self} />;
                    if (cell.km === null)
                      return (
                        <td key={id} className="num not-computed" title={m.distances.notComputed}>
                          —
                        </td>
                      );
                    return (
                      <td key={id} className="num">
                        {formatNumber(cell.km, lang, cell.decimals)}
                        {cell.plusMinusKm !== null && <small className="plus-minus"> ±{formatNumber(cell.plusMinusKm, lang, cell.decimals)}</small>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
