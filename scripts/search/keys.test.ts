import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchKeys } from './keys';

describe('search keys', () => {
  it('are what scripts/build-search-keys.ts makes (no drift)', () => {
    const committed = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../data/content/search-keys.json'), 'utf8'));
    expect(committed).toEqual(searchKeys());
  });
  it('hold full pinyin and initials', () => {
    expect(searchKeys().bagualing).toEqual(expect.arrayContaining(['bagualing', 'bgl', 'bagualingpianqu', 'shenzhenjinrongkejicheng']));
  });
});
