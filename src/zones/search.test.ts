import { describe, expect, it } from 'vitest';
import { ZONES } from '../content';
import { normalise, searchZones } from './search';

const ids = (q: string) => searchZones(q, ZONES).map((z) => z.id);

describe('searchZones', () => {
  it.each([
    ['八卦岭', 'bagualing'],
    ['八卦', 'bagualing'],
    ['Bagualing', 'bagualing'],
    ['bgl', 'bagualing'],
    ['bagua', 'bagualing'],
    ['meilin caitian', 'meilin-caitian'],
    ['深圳智谷', 'meilin-caitian'],
    ['旺鱼村', 'wangyu'],
    ['Lok Ma Chau', 'hetao-loop'],
    ['boluo', 'boluo'],
    ['金融科技城', 'bagualing'],
  ])('finds %j → %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });
  it('matches partially and ranks prefix matches first', () => {
    expect(ids('华强')).toEqual(expect.arrayContaining(['huaqiang-shangbu']));
    expect(ids('belt').length).toBeGreaterThanOrEqual(3);
  });
  it('returns nothing for an empty or unmatched query, and never throws on odd input', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('zzzzqqq')).toEqual([]);
    expect(() => ids('<script>(.*+?[')).not.toThrow();
  });
  it('normalises case, spaces and hyphens', () => {
    expect(normalise('Meilin-Caitian ')).toBe('meilincaitian');
  });
});
