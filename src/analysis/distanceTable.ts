/**
 * The distance table: a matrix over a chosen set of zones, sortable, exportable as CSV (UTF-8
 * with BOM, so Excel reads the Chinese names) and JSON. Pure; distances come from src/geo.
 */
import { type DistanceMetric, distanceMatrix } from '../geo/measure';
import type { ZoneGeoMap } from '../geo/zones';
import type { ZoneId } from '../zones/ids';

export interface DistanceTable {
  metric: DistanceMetric;
  ids: ZoneId[];
  /** km; matrix[i][j] is from ids[i] to ids[j]. */
  matrix: number[][];
}

export function buildDistanceTable(ids: readonly ZoneId[], geo: ZoneGeoMap, metric: DistanceMetric): DistanceTable {
  const present = ids.filter((id) => geo.has(id));
  const items = present.map((id) => ({ id, geometry: geo.get(id)?.geometry ?? { type: 'Point' as const, coordinates: [0, 0] } }));
  return { metric, ids: present, matrix: distanceMatrix(items, metric) };
}

export type SortKey = { by: 'name' } | { by: 'column'; id: ZoneId };

/** Row order (indexes into table.ids) for a sort key and direction. */
export function rowOrder(table: DistanceTable, key: SortKey, ascending: boolean, nameOf: (id: ZoneId) => string, locale: string): number[] {
  const order = table.ids.map((_, i) => i);
  const column = key.by === 'column' ? table.ids.indexOf(key.id) : -1;
  order.sort((a, b) => {
    const d = column >= 0 ? table.matrix[a][column] - table.matrix[b][column] : nameOf(table.ids[a]).localeCompare(nameOf(table.ids[b]), locale);
    return ascending ? d : -d;
  });
  return order;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV with a BOM and CRLF line ends; distances in km to 2 decimals; first cell says what it holds. */
export function toCsv(table: DistanceTable, nameOf: (id: ZoneId) => string, corner: string): string {
  const header = [corner, ...table.ids.map(nameOf)].map(csvCell).join(',');
  const rows = table.ids.map((id, i) => [nameOf(id), ...table.matrix[i].map((d) => d.toFixed(2))].map(csvCell).join(','));
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

export function toJson(table: DistanceTable, nameOf: (id: ZoneId) => string, measuredHow: string): string {
  return `${JSON.stringify(
    {
      metric: table.metric,
      unit: 'km',
      measuredHow,
      zones: table.ids.map((id) => ({ id, name: nameOf(id) })),
      matrix: table.matrix.map((row) => row.map((d) => Math.round(d * 1000) / 1000)),
    },
    null,
    2,
  )}\n`;
}
