import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MARKUP_STYLE, type Markup } from '../markup/types';
import { MARKUP_KEY, restoreMarkup } from './markupStorage';
import { resetAtlasStore, useAtlasStore } from './store';

/** An in-memory Storage (Node has no localStorage). */
function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

const saved: Markup = {
  shapes: [
    {
      id: 'm1',
      kind: 'point',
      coords: [[114.05, 22.54]],
      note: '我的注记',
      style: DEFAULT_MARKUP_STYLE,
    },
  ],
  names: {},
};
const stored = (markup: unknown) => memoryStorage({ [MARKUP_KEY]: JSON.stringify({ v: 1, markup, style: { ...DEFAULT_MARKUP_STYLE, color: 5 } }) });

beforeEach(() => resetAtlasStore());

describe('markup kept in this browser', () => {
  it('restores the saved markup and style', () => {
    restoreMarkup(stored(saved));
    expect(useAtlasStore.getState().markup).toEqual(saved);
    expect(useAtlasStore.getState().markupStyle.color).toBe(5);
  });

  it('lets a link’s markup win, keeping this browser’s one undo away, and says so', () => {
    const linked: Markup = { shapes: [{ ...(saved.shapes[0] as Markup['shapes'][number]), id: 'x', note: '链接' }], names: {} };
    useAtlasStore.setState({ markup: linked });
    restoreMarkup(stored(saved));
    expect(useAtlasStore.getState().markup).toBe(linked);
    expect(useAtlasStore.getState().notices.map((n) => n.kind)).toContain('markupFromLink');
    useAtlasStore.getState().undoMarkup();
    expect(useAtlasStore.getState().markup).toEqual(saved);
  });

  it('never shows this browser’s drawing in an embed, and ignores damaged storage', () => {
    useAtlasStore.setState({ embed: true });
    restoreMarkup(stored(saved));
    expect(useAtlasStore.getState().markup.shapes).toEqual([]);
    resetAtlasStore();
    restoreMarkup(memoryStorage({ [MARKUP_KEY]: '{not json' }));
    restoreMarkup(stored({ shapes: 'x' }));
    expect(useAtlasStore.getState().markup.shapes).toEqual([]);
  });
});
