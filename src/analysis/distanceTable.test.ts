import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { zoneById } from '../content';
import { zoneGeometry } from '../geo/zones';
import { PLANNING_GROUPS, type ZoneId } from '../zones/ids';
import { buildDistanceTable, rowOrder, toCsv, toJson } from './distanceTable';

const geo = zoneGeometry(PLANNING_GROUPS.map((g) => JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../data/planning/${g}.geojson`), 'utf8')) as FeatureCollection));
const ids: ZoneId[] = ['central-activity-zone', 'bagualing', 'xiangmihu', 'boluo'];
const nameZh = (id: ZoneId) => zoneById(id).name.zh;

/** A small RFC 4180 reader, enough to read back what toCsv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('distance table', () => {
  const table = buildDistanceTable(ids, geo, 'centre');

  const labels = { corner: '距离（公里） · 中心距', accuracy: '位置精度（米）' };
  const inOrder = table.ids.map((_, i) => i);

  it('round-trips through CSV: BOM, names, accuracy, and each distance as precise as its positions', () => {
    const csv = toCsv(table, inOrder, nameZh, labels);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['距离（公里） · 中心距', '位置精度（米）', ...ids.map(nameZh)]);
    for (const [i, row] of rows.slice(1).entries()) {
      expect(row[0]).toBe(nameZh(ids[i]));
      expect(Number(row[1])).toBe(table.accuracyM[i]);
      // Outlines to ±100–200 m: a tenth of a kilometre, never two decimals.
      for (const [j, cell] of row.slice(2).entries()) {
        expect(cell).toMatch(/^\d+(\.\d)?$/);
        expect(Number(cell)).toBeCloseTo(table.matrix[i][j], 0);
      }
    }
  });

  it('follows the sort on screen, and leaves a distance out where the positions are too uncertain', () => {
    const withPark = buildDistanceTable(['boluo', 'boluo-park', 'bagualing'], geo, 'centre');
    const order = rowOrder(withPark, { by: 'column', id: 'bagualing' }, false, nameZh, 'zh-CN');
    const rows = parseCsv(toCsv(withPark, order, nameZh, labels).slice(1));
    expect(rows.slice(1).map((r) => r[0])).toEqual(order.map((i) => nameZh(withPark.ids[i])));
    const park = rows.find((r) => r[0] === nameZh('boluo-park'));
    // The park sits at Boluo's label point (±30 km): its distance to Boluo is not computed, and to
    // 八卦岭 it is rounded to 20 km.
    expect(park?.[1]).toBe('30000');
    expect(park?.[2 + withPark.ids.indexOf('boluo')]).toBe('');
    expect(Number(park?.[2 + withPark.ids.indexOf('bagualing')]) % 20).toBe(0);
  });

  it('quotes names with commas and quotes', () => {
    const csv = toCsv(table, inOrder, (id: ZoneId) => (id === 'boluo' ? 'Boluo County, "Huizhou"' : id), labels);
    expect(parseCsv(csv.slice(1))[0]).toContain('Boluo County, "Huizhou"');
  });

  it('sorts rows by distance to a chosen zone, and by name', () => {
    const byBagualing = rowOrder(table, { by: 'column', id: 'bagualing' }, true, nameZh, 'zh-CN').map((i) => table.ids[i]);
    expect(byBagualing[0]).toBe('bagualing');
    expect(byBagualing[byBagualing.length - 1]).toBe('boluo');
    const desc = rowOrder(table, { by: 'column', id: 'bagualing' }, false, nameZh, 'zh-CN').map((i) => table.ids[i]);
    expect(desc).toEqual([...byBagualing].reverse());
    expect(rowOrder(table, { by: 'name' }, true, (id) => zoneById(id).name.en, 'en').map((i) => table.ids[i])).toEqual(['bagualing', 'boluo', 'central-activity-zone', 'xiangmihu']);
  });

  it('exports JSON with ids, names, unit and a symmetric matrix', () => {
    const json = JSON.parse(toJson(table, inOrder, nameZh, 'centre to centre'));
    expect(json.unit).toBe('km');
    expect(json.zones.map((z: { id: string }) => z.id)).toEqual(ids);
    expect(json.matrix[1][0]).toBe(json.matrix[0][1]);
  });

  it('measures edge to edge as 0 for neighbours', () => {
    const edge = buildDistanceTable(['chegongmiao-tianan', 'xiangmihu'], geo, 'edge');
    expect(edge.matrix[0][1]).toBe(0);
  });
});
