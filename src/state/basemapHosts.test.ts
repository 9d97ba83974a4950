import { beforeEach, describe, expect, it } from 'vitest';
import { readHostAnswers } from './basemapPrefs';
import { resetAtlasStore, useAtlasStore } from './store';

beforeEach(() => resetAtlasStore());

describe('answers about basemap hosts', () => {
  it('a refusal drops the link’s basemap from that host and says so; an allowance keeps it', () => {
    const s = useAtlasStore.getState();
    s.setBasemap('https://tiles.example.org/style.json');
    s.answerBasemapHost('tiles.example.org', 'allow');
    expect(useAtlasStore.getState().basemap).toBe('https://tiles.example.org/style.json');
    s.answerBasemapHost('tiles.example.org', 'deny');
    const after = useAtlasStore.getState();
    expect(after.basemap).toBeNull();
    expect(after.basemapHosts).toEqual({ 'tiles.example.org': 'deny' });
    expect(after.notices.map((n) => [n.kind, n.arg])).toEqual([['basemapHostRefused', 'tiles.example.org']]);
  });
  it('a refusal of another host leaves the basemap in use alone', () => {
    const s = useAtlasStore.getState();
    s.setBasemap('https://tiles.example.org/style.json');
    s.answerBasemapHost('evil.example', 'deny');
    expect(useAtlasStore.getState().basemap).toBe('https://tiles.example.org/style.json');
    expect(useAtlasStore.getState().notices).toEqual([]);
  });
  it.each([
    [null, {}],
    ['not json', {}],
    ['[1,2]', {}],
    ['{"a.example":"allow","b.example":"deny","c.example":"maybe","d.example":1}', { 'a.example': 'allow', 'b.example': 'deny' }],
  ])('reads stored answers %s, keeping only valid ones', (text, answers) => {
    expect(readHostAnswers(text)).toEqual(answers);
  });
  it('keeps at most 200 stored answers', () => {
    const planted = JSON.stringify(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`h${i}.example`, 'allow'])));
    expect(Object.keys(readHostAnswers(planted))).toHaveLength(200);
  });
});
