/**
 * The distance table: a matrix over a chosen set of zones, sortable, exportable as CSV (UTF-8
 * with BOM, so Excel reads the Chinese names) and JSON. Pure; distances come from src/geo, and
 * every cell is rounded to what its two positions support (src/geo/precision.ts): a co-built park
 * placed at its county's label point (±30 km) never gets a two-decimal distance.
 */
import { type DistanceMetric, distanceMatrix } from '../geo/measure';
import { decimalsForStep, type RoundedDistance, roundDistance } from '../geo/precision';
import type { ZoneGeoMap } from '../geo/zones';
import type { ZoneId } from '../zones/ids';

export interface DistanceTable {
  metric: DistanceMetric;
  ids: ZoneId[];
  /** km as measured; matrix[i][j] is from ids[i] to ids[j]. */
  matrix: number[][];
  /** How well each zone's position is known, in metres. */
  accuracyM: number[];
}

/** A cell as its positions support it: null where the uncertainty is as large as the distance. */
export function cellOf(table: DistanceTable, i: number, j: number): RoundedDistance | null {
  if (i === j) return { km: 0, stepKm: 0.1, plusMinusKm: 0 };
  return roundDistance(table.matrix[i][j], table.accuracyM[i], table.accuracyM[j]);
}

function cellText(cell: RoundedDistance | null): string {
  return cell === null ? '' : cell.km.toFixed(decimalsForStep(cell.stepKm));
}

export function buildDistanceTable(ids: readonly ZoneId[], geo: ZoneGeoMap, metric: DistanceMetric): DistanceTable {
  const present = ids.filter((id) => geo.has(id));
  const items = present.map((id) => ({ id, geometry: geo.get(id)?.geometry ?? { type: 'Point' as const, coordinates: [0, 0] } }));
  return { metric, ids: present, matrix: distanceMatrix(items, metric), accuracyM: present.map((id) => geo.get(id)?.accuracyM ?? 0) };
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
  accuracy: string;
}

/**
 * CSV with a BOM and CRLF line ends, rows in the order shown on screen: each zone's name, how well
 * its position is known (m), and its distances in km rounded as on screen; an empty cell where
 * the positions are too uncertain for a distance.
 */
export function toCsv(table: DistanceTable, order: readonly number[], nameOf: (id: ZoneId) => string, labels: CsvLabels): string {
  const header = [labels.corner, labels.accuracy, ...table.ids.map(nameOf)].map(csvCell).join(',');
  const rows = order.map((i) => [nameOf(table.ids[i]), String(table.accuracyM[i]), ...table.ids.map((_, j) => cellText(cellOf(table, i, j)))].map(csvCell).join(','));
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

export function toJson(table: DistanceTable, order: readonly number[], nameOf: (id: ZoneId) => string, measuredHow: string): string {
  return `${JSON.stringify(
    {
      metric: table.metric,
      unit: 'km',
      measuredHow,
      precision: 'each distance is rounded to the larger step not above its two positions’ accuracies added; null where that uncertainty is as large as the distance',
      zones: order.map((i) => ({ id: table.ids[i], name: nameOf(table.ids[i]), accuracyM: table.accuracyM[i] })),
      matrix: order.map((i) =>
        order.map((j) => {
          const cell = cellOf(table, i, j);
          return cell === null ? null : Number(cellText(cell));
        }),
      ),
    },
    null,
    2,
  )}\n`;
}
