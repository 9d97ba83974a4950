import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packJson } from '../encoding/packedJson';
import { compactMarkup, unpackMarkup } from '../markup/link';
import { DEFAULT_MARKUP_STYLE } from '../markup/types';
import { resetAtlasStore, useAtlasStore } from '../state/store';
import { embedQueryOf, fullMapQueryOf, queryOf, startUrlWriter } from './sync';

/** Enough of a window for the URL writer: a location, a history that records calls, popstate. */
function fakeWindow(search = '') {
  const calls: Array<{ kind: 'push' | 'replace'; url: string }> = [];
  const listeners = new Set<() => void>();
  const win = {
    location: { pathname: '/atlas/', search, hash: '' },
    history: {
      state: null,
      pushState: (_: unknown, __: string, url: string) => {
        calls.push({ kind: 'push', url });
        win.location.search = url.slice(url.indexOf('?'));
      },
      replaceState: (_: unknown, __: string, url: string) => {
        calls.push({ kind: 'replace', url });
        win.location.search = url.slice(url.indexOf('?'));
      },
    },
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    popState: () => {
      for (const f of listeners) f();
    },
  };
  return { win, calls };
}

const store = () => useAtlasStore.getState();
const params = (url: string) => new URLSearchParams(url.slice(url.indexOf('?')));
let stop: () => void = () => undefined;
beforeEach(() => {
  resetAtlasStore();
  vi.useFakeTimers();
});
afterEach(() => {
  stop();
  stop = () => undefined;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the URL writer', () => {
  it('adds a history entry for a planner’s selection, at once', () => {
    const { win, calls } = fakeWindow();
    vi.stubGlobal('window', win);
    stop = startUrlWriter();
    store().selectZone('hetao', 'map');
    expect(calls.map((c) => c.kind)).toEqual(['push']);
    expect(params(calls[0].url).get('zone')).toBe('hetao');
  });
  it('replaces the entry for moves, layers and a host page’s selections, once per burst', () => {
    const { win, calls } = fakeWindow();
    vi.stubGlobal('window', win);
    stop = startUrlWriter();
    for (let i = 0; i < 50; i++) store().setView({ center: [114 + i / 1000, 22.5], zoom: 12, bearing: 0, pitch: 0 });
    store().setVisible('rings', true);
    store().selectZone('xiangmihu', 'host');
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(calls).toHaveLength(1);
    expect(calls[0].kind).toBe('replace');
    expect(params(calls[0].url).get('zone')).toBe('xiangmihu');
    expect(params(calls[0].url).get('view')).toBe('114.049,22.5,12,0,0');
    expect(params(calls[0].url).get('layers')).toContain('rings');
  });
  it('applies the URL again on Back/Forward, without writing a new entry', () => {
    const { win, calls } = fakeWindow();
    vi.stubGlobal('window', win);
    stop = startUrlWriter();
    store().selectZone('hetao', 'map');
    win.location.search = '?v=1&zone=bagualing';
    win.popState();
    expect(store().selectedZoneId).toBe('bagualing');
    expect(store().selectionOrigin).toBe('history');
    vi.advanceTimersByTime(300);
    expect(calls.filter((c) => c.kind === 'push')).toHaveLength(1);
  });
});

describe('markup in the URL', () => {
  const shape = { id: 'm1', kind: 'point' as const, coords: [[114.05, 22.54]] as Array<[number, number]>, note: '站点', style: DEFAULT_MARKUP_STYLE };

  it('is written packed once it is drawn, and read back equal', async () => {
    vi.useRealTimers();
    const { win, calls } = fakeWindow();
    vi.stubGlobal('window', win);
    stop = startUrlWriter();
    store().addMarkupShape(shape);
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0), { timeout: 3000 });
    const packed = params(calls.at(-1)?.url ?? '').get('mk') ?? '';
    expect(packed).toMatch(/^[A-Za-z0-9_-]{10,}$/);
    expect((await unpackMarkup(packed))?.shapes.map(({ note, coords }) => ({ note, coords }))).toEqual([{ note: '站点', coords: [[114.05, 22.54]] }]);
  });

  it('on Back/Forward to an entry packed before a reload, reads it (no “damaged” notice) and leaves the drawing alone', async () => {
    vi.useRealTimers();
    const { win } = fakeWindow();
    vi.stubGlobal('window', win);
    stop = startUrlWriter();
    // Packed by another page: this one has never seen the text.
    const elsewhere = await packJson(compactMarkup({ shapes: [{ ...shape, note: '别处' }], names: {} }));
    win.location.search = `?v=1&zone=bagualing&mk=${elsewhere}`;
    win.popState();
    await vi.waitFor(() => expect(store().selectedZoneId).toBe('bagualing'), { timeout: 3000 });
    expect(store().notices.map((n) => n.kind)).not.toContain('badMarkup');
    expect(store().markup.shapes).toEqual([]);
  });
});

describe('derived links', () => {
  it('leave an embed’s chrome out of the full-map link, and put it into the embed link', () => {
    store().applyUrlState('?v=1&embed=1&controls=search&host=https://example.org&zone=hetao');
    const chrome = (query: string) => ['embed', 'controls', 'host', 'zone'].map((key) => params(query).get(key));
    expect(chrome(queryOf(store()))).toEqual(['1', 'search', 'https://example.org', 'hetao']);
    expect(chrome(fullMapQueryOf(store()))).toEqual([null, null, null, 'hetao']);
    expect(chrome(embedQueryOf(store(), true))).toEqual(['1', 'legend', 'https://example.org', 'hetao']);
    expect(chrome(embedQueryOf(store(), false))).toEqual(['1', null, 'https://example.org', 'hetao']);
  });
});
