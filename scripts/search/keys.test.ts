import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchKeys, searchPlaces } from './keys';

describe('search keys', () => {
  it('are what scripts/build-search-keys.ts makes (no drift)', () => {
    const committed = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../data/content/search-keys.json'), 'utf8'));
    expect(committed).toEqual(searchKeys());
  });
  it('list every named road, station and landmark once, as scripts/build-search-keys.ts writes them', () => {
    const committed = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../data/content/search-places.json'), 'utf8'));
    expect(committed).toEqual(searchPlaces());
    const names = committed.map((p: { zh: string }) => p.zh);
    expect(names).toEqual(expect.arrayContaining(['深南大道', '市民中心', '福田口岸', '车公庙', '深圳河', '1号线']));
    expect(new Set(names).size).toBe(names.length);
    expect(committed.find((p: { zh: string }) => p.zh === '车公庙').keys).toEqual(['cgm', 'chegongmiao']);
  });
  it('hold full pinyin and initials', () => {
    expect(searchKeys().bagualing).toEqual(expect.arrayContaining(['bagualing', 'bgl', 'bagualingpianqu', 'shenzhenjinrongkejicheng']));
  });
});
