/**
 * An imported layer's attribute table: every attribute, each feature's area or length (Turf, three
 * significant figures: the file's geometry is taken as exact, as a drawing is), sortable by any
 * column, searchable; a row click outlines the feature and frames it. Values are text, never HTML.
 */
import { bbox, length } from '@turf/turf';
import type { Feature } from 'geojson';
import { useMemo, useState } from 'react';
import { areaKm2 } from '../geo/measure';
import { messagesFor } from '../i18n';
import { formatMeasuredKm, formatMeasuredKm2 } from '../i18n/format';
import { attributeNames } from '../layers/attributeStyle';
import { useAtlasStore } from '../state/store';

/** Rows shown at once: enough to read, few enough to draw fast for a 20,000-feature file. */
const SHOWN_ROWS = 300;

function measureOf(f: Feature): { value: number; unit: 'km2' | 'km' } | null {
  const g = f.geometry;
  if (!g) return null;
  try {
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') return { value: areaKm2(g), unit: 'km2' };
    if (g.type === 'LineString' || g.type === 'MultiLineString') return { value: length(f, { units: 'kilometers' }), unit: 'km' };
  } catch {
    // A geometry Turf cannot measure shows no figure.
  }
  return null;
}

export function AttributeTable() {
  const lang = useAtlasStore((s) => s.lang);
  const layer = useAtlasStore((s) => s.importedLayers.find((l) => l.id === s.tableLayer));
  const picked = useAtlasStore((s) => s.pickedFeature);
  const m = messagesFor(lang).table;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);
  const columns = useMemo(() => (layer ? attributeNames(layer.collection) : []), [layer]);
  const rows = useMemo(() => {
    if (!layer) return [];
    const all = layer.collection.features.map((feature, index) => ({ feature, index, measure: measureOf(feature) }));
    const q = query.trim().toLowerCase();
    const found = q ? all.filter((r) => Object.values(r.feature.properties ?? {}).some((v) => String(v ?? '').toLowerCase().includes(q))) : all;
    if (!sort) return found;
    const key = (r: (typeof all)[number]) => (sort.column === '__measure' ? (r.measure?.value ?? Number.NEGATIVE_INFINITY) : r.feature.properties?.[sort.column]);
    const sorted = [...found].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''), lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
      return sort.descending ? -order : order;
    });
    return sorted;
  }, [layer, query, sort, lang]);
  if (!layer) return null;
  const pick = (index: number, feature: Feature) => {
    const s = useAtlasStore.getState();
    s.pickFeature({ layer: layer.id, index });
    if (feature.geometry) {
      const [w, so, e, n] = bbox(feature);
      s.requestCamera({ kind: 'bounds', bounds: [w, so, e === w ? e + 0.001 : e, n === so ? n + 0.001 : n] });
    }
  };
  const header = (column: string, label: string) => (
    <th key={column} aria-sort={sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort(sort?.column === column ? { column, descending: !sort.descending } : { column, descending: false })}>
        {label}
      </button>
    </th>
  );
  return (
    <section className="drawer table-drawer" aria-labelledby="table-title">
      <h2 id="table-title">{m.title(layer.name)}</h2>
      <input type="search" className="table-search" placeholder={m.search} aria-label={m.search} value={query} onChange={(e) => setQuery(e.target.value)} />
      <p className="hint">{m.count(rows.length, layer.collection.features.length, SHOWN_ROWS)}</p>
      <div className="table-scroll">
        <table className="attribute-table">
          <thead>
            <tr>
              {header('__measure', m.measure)}
              {columns.map((c) => header(c, c))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map(({ feature, index, measure }) => (
              <tr
                key={index}
                data-index={index}
                tabIndex={0}
                aria-selected={picked?.layer === layer.id && picked.index === index}
                onClick={() => pick(index, feature)}
                onKeyDown={(e) => e.key === 'Enter' && pick(index, feature)}
              >
                <td className="num">{measure ? (measure.unit === 'km2' ? formatMeasuredKm2(measure.value, lang) : formatMeasuredKm(measure.value, lang)) : '—'}</td>
                {columns.map((c) => (
                  <td key={c}>{String(feature.properties?.[c] ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
