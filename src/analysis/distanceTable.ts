/**
 * The distance table: a matrix over a chosen set of zones, sortable, exportable as CSV (UTF-8
 * with BOM, so Excel reads the Chinese names) and JSON. Pure; distances come from src/geo, and
 * every cell is the one figure src/geo/figures.ts makes of it — the screen, the CSV and the JSON
 * write the same value and ±. Zones drawn with one outline (一核 is the 中央活力区's footprint) are
 * one row, named by both.
 */
import { type DistanceMetric, distanceMatrix } from '../geo/measure';
import { type DistanceFigure, distanceFigure, plainKm, plainPlusMinus } from '../geo/figures';
import { sameOutline } from '../geo/zoneFacts';
import type { ZoneGeo, ZoneGeoMap } from '../geo/zones';
import type { ZoneId } from '../zones/ids';

export interface DistanceTable {
  metric: DistanceMetric;
  ids: ZoneId[];
  /** For each row, the other zones drawn with the same outline (listed once, under ids[i]). */
  sameOutline: ZoneId[][];
  /** km as measured; matrix[i][j] is from ids[i] to ids[j]. */
  matrix: number[][];
  /** How well each zone's position is known, in metres. */
  accuracyM: number[];
}

/** A cell as printed: its figure, or 'self' on the diagonal (left empty). */
export function cellOf(table: DistanceTable, i: number, j: number): DistanceFigure | 'self' {
  if (i === j) return 'self';
  return distanceFigure(table.matrix[i][j], table.accuracyM[i] + table.accuracyM[j]);
}

/** The table's rows: one per outline, with the zones drawn with it. */
export function distanceRows(ids: readonly ZoneId[], geo: ZoneGeoMap): { zone: ZoneGeo; same: ZoneId[] }[] {
  const rows: { zone: ZoneGeo; same: ZoneId[] }[] = [];
  for (const id of ids) {
    const zone = geo.get(id);
    if (!zone) continue;
    const twin = rows.find((r) => sameOutline(r.zone, zone));
    if (twin) twin.same.push(id);
    else rows.push({ zone, same: [] });
  }
  return rows;
}

/** The table of these rows with their matrix (computed here, or given: the edge matrix comes from a worker). */
export function buildDistanceTable(ids: readonly ZoneId[], geo: ZoneGeoMap, metric: DistanceMetric, matrix?: number[][]): DistanceTable {
  const rows = distanceRows(ids, geo);
  return { metric, ids: rows.map((r) => r.zone.id), sameOutline: rows.map((r) => r.same), matrix: matrix ?? distanceMatrix(rows.map((r) => r.zone), metric), accuracyM: rows.map((r) => r.zone.accuracyM) };
}

/** A row's name: the zone and any drawn with the same outline ("中央活力区 = 一核"). */
export function rowName(table: DistanceTable, i: number, nameOf: (id: ZoneId) => string): string {
  return [table.ids[i], ...table.sameOutline[i]].map(nameOf).join(' = ');
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

export interface CsvLabels {
  /** The first cell: what the numbers are (the metric and the unit). */
  corner: string;
  id: string;
  accuracy: string;
  /** A distance column's ± column: "± 公里". */
  plusMinus: string;
  /** What "—" means, written as the last line. */
  notComputed: string;
}

/**
 * CSV with a BOM and CRLF line ends, rows and columns in the order shown on screen: each zone's
 * name, id and how well its position is known (m), then for each zone its distance as the screen
 * prints it and, in the next column, the ± where the screen prints one. The diagonal is empty;
 * "—" marks a distance not computed, and the last line says why.
 */
export function toCsv(table: DistanceTable, order: readonly number[], nameOf: (id: ZoneId) => string, labels: CsvLabels): string {
  const header = [labels.corner, labels.id, labels.accuracy, ...order.flatMap((j) => [rowName(table, j, nameOf), `${rowName(table, j, nameOf)} ${labels.plusMinus}`])];
  const rows = order.map((i) => [
    rowName(table, i, nameOf),
    [table.ids[i], ...table.sameOutline[i]].join(' = '),
    String(table.accuracyM[i]),
    ...order.flatMap((j) => {
      const cell = cellOf(table, i, j);
      if (cell === 'self') return ['', ''];
      if (cell.km === null) return ['—', ''];
      return [plainKm(cell), plainPlusMinus(cell)];
    }),
  ]);
  return `\uFEFF${[header, ...rows, ['—', labels.notComputed]].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toJson(table: DistanceTable, order: readonly number[], nameOf: (id: ZoneId) => string, measuredHow: string): string {
  const figures = order.map((i) => order.map((j) => cellOf(table, i, j)));
  return `${JSON.stringify(
    {
      metric: table.metric,
      unit: 'km',
      measuredHow,
      precision:
        'each distance is rounded to the larger step not above its two positions’ accuracies added, as the Atlas prints it; plusMinusKm only where those positions are estimates (1 km or worse); null on the diagonal and where the uncertainty is as large as the distance (not computed)',
      zones: order.map((i) => ({ id: table.ids[i], sameOutline: table.sameOutline[i], name: rowName(table, i, nameOf), accuracyM: table.accuracyM[i] })),
      matrix: figures.map((row) => row.map((f) => (f === 'self' ? null : f.km))),
      plusMinusKm: figures.map((row) => row.map((f) => (f === 'self' ? null : f.plusMinusKm))),
    },
    null,
    2,
  )}\n`;
}
