import { describe, expect, it } from 'vitest';
import { ZONES } from '../content';
import places from '../../data/content/search-places.json';
import { normalise, type SearchPlace, searchPlaces, searchZones } from './search';

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

describe('searchPlaces', () => {
  const PLACES = places as SearchPlace[];
  it.each([
    ['深南', '深南大道'],
    ['shennan', '深南大道'],
    ['Shennan', '深南大道'],
    ['市民中心', '市民中心'],
    ['Civic', '市民中心'],
    ['福田口岸', '福田口岸'],
    ['cgm', '车公庙'],
    ['岗厦', '岗厦'],
    ['Futian Port', '福田口岸'],
    ['凤塘', '凤塘河'],
  ])('finds %j → %s first', (query, zh) => {
    expect(searchPlaces(query, PLACES)[0]?.zh).toBe(zh);
  });
  it('gives each place an extent to frame, and nothing for an empty query', () => {
    for (const p of PLACES) expect(p.bbox[0] <= p.bbox[2] && p.bbox[1] <= p.bbox[3], p.zh).toBe(true);
    expect(searchPlaces('  ', PLACES)).toEqual([]);
  });
});
