import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { zoneById } from '../content';
import { zoneGeometry } from '../geo/zones';
import { PLANNING_GROUPS, type ZoneId } from '../zones/ids';
import { buildDistanceTable, cellOf, rowName, rowOrder, toCsv, toJson } from './distanceTable';

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

  const labels = { corner: '距离（公里） · 中心距', id: '编号', accuracy: '位置精度（米）', plusMinus: '±（公里）', notComputed: '两地位置的精度与距离相当，不计算距离' };
  const inOrder = table.ids.map((_, i) => i);

  it('round-trips through CSV: BOM, names, ids, accuracy, each distance as the screen prints it and its ± beside it', () => {
    const csv = toCsv(table, inOrder, nameZh, labels);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['距离（公里） · 中心距', '编号', '位置精度（米）', ...ids.flatMap((id) => [nameZh(id), `${nameZh(id)} ±（公里）`])]);
    for (const [i, row] of rows.slice(1, 1 + ids.length).entries()) {
      expect(row[0]).toBe(nameZh(ids[i]));
      expect(row[1]).toBe(ids[i]);
      expect(Number(row[2])).toBe(table.accuracyM[i]);
      for (const j of inOrder) {
        const [value, pm] = row.slice(3 + 2 * j, 5 + 2 * j);
        const cell = cellOf(table, i, j);
        if (cell === 'self') {
          // Nothing on the diagonal, not "0.0".
          expect([value, pm]).toEqual(['', '']);
          continue;
        }
        expect(value).toBe(cell.km === null ? '—' : cell.km.toFixed(cell.decimals));
        expect(pm).toBe(cell.plusMinusKm === null ? '' : cell.plusMinusKm.toFixed(cell.decimals));
        // Outlines to ±100–200 m: never two decimals; no ± under a kilometre.
        expect(value).toMatch(/^\d+(\.\d)?$/);
        expect(Number(value)).toBeCloseTo(table.matrix[i][j], 0);
      }
    }
    expect(rows[rows.length - 1]).toEqual(['—', labels.notComputed]);
  });

  it('follows the sort on screen in rows and columns, writes "—" where not computed and the ± the screen shows', () => {
    const withPark = buildDistanceTable(['boluo', 'boluo-park', 'bagualing', 'xiaomo'], geo, 'centre');
    const order = rowOrder(withPark, { by: 'column', id: 'bagualing' }, false, nameZh, 'zh-CN');
    const rows = parseCsv(toCsv(withPark, order, nameZh, labels).slice(1));
    const names = order.map((i) => nameZh(withPark.ids[i]));
    expect(rows.slice(1, 1 + order.length).map((r) => r[0])).toEqual(names);
    expect(rows[0].slice(3).filter((_, k) => k % 2 === 0)).toEqual(names);
    const column = (id: ZoneId) => 3 + 2 * order.indexOf(withPark.ids.indexOf(id));
    const park = rows.find((r) => r[0] === nameZh('boluo-park'));
    // The park sits at Boluo's label point (±30 km): its distance to Boluo is not computed, and to
    // 八卦岭 it is rounded to 20 km with ±30.
    expect(park?.[2]).toBe('30000');
    expect(park?.[column('boluo')]).toBe('—');
    expect(Number(park?.[column('bagualing')]) % 20).toBe(0);
    expect(park?.[column('bagualing') + 1]).toBe('30');
    // 小漠 (±5 km) to 博罗: whole kilometres and ±5, as the screen prints it.
    const xiaomo = rows.find((r) => r[0] === nameZh('xiaomo'));
    expect(xiaomo?.[column('boluo') + 1]).toBe('5');
  });

  it('lists one outline once: 一核 and 中央活力区 share a row', () => {
    const layout = buildDistanceTable(['core', 'central-activity-zone', 'bagualing'], geo, 'centre');
    expect(layout.ids).toEqual(['core', 'bagualing']);
    expect(rowName(layout, 0, nameZh)).toBe(`${nameZh('core')} = ${nameZh('central-activity-zone')}`);
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

  it('exports JSON with ids, names, unit, a symmetric matrix as printed, its ± and nothing on the diagonal', () => {
    const json = JSON.parse(toJson(table, inOrder, nameZh, 'centre to centre'));
    expect(json.unit).toBe('km');
    expect(json.zones.map((z: { id: string }) => z.id)).toEqual(ids);
    expect(json.matrix[1][0]).toBe(json.matrix[0][1]);
    expect(json.matrix[0][0]).toBeNull();
    const cell = cellOf(table, 0, 3);
    if (cell === 'self') throw new Error('not the diagonal');
    expect(json.matrix[0][3]).toBe(cell.km);
    expect(json.plusMinusKm[0][3]).toBe(cell.plusMinusKm);
  });

  it('measures edge to edge as 0 for neighbours', () => {
    const edge = buildDistanceTable(['chegongmiao-tianan', 'xiangmihu'], geo, 'edge');
    expect(edge.matrix[0][1]).toBe(0);
  });
});
