import { beforeEach, describe, expect, it } from 'vitest';
import { resetAtlasStore, useAtlasStore } from './store';
import { MAX_NOTICE_ARG_CHARS, MAX_NOTICES } from './ui';

beforeEach(() => resetAtlasStore());
const s = () => useAtlasStore.getState();

describe('notices', () => {
  it('cut an echoed 100,000-character value to a readable length', () => {
    s().addNotice('unknownZone', 'x'.repeat(100_000));
    const arg = s().notices[0].arg ?? '';
    expect([...arg].length).toBe(MAX_NOTICE_ARG_CHARS + 1);
    expect(arg.endsWith('…')).toBe(true);
  });
  it('count a repeated notice instead of repeating it', () => {
    for (let i = 0; i < 3; i++) s().addNotice('badView');
    expect(s().notices).toEqual([expect.objectContaining({ kind: 'badView', count: 3 })]);
  });
  it('list at most a few of 10,000 different notices, count the rest, and dismiss all at once', () => {
    for (let i = 0; i < 10_000; i++) s().addNotice('unknownParam', `p${i}`);
    expect(s().notices).toHaveLength(MAX_NOTICES);
    expect(s().noticesOverflow).toBe(10_000 - MAX_NOTICES);
    s().dismissAllNotices();
    expect(s().notices).toEqual([]);
    expect(s().noticesOverflow).toBe(0);
  });
  it('number notices from the store, so a reset starts again', () => {
    s().addNotice('badView');
    resetAtlasStore();
    s().addNotice('badView');
    expect(s().notices[0].id).toBe(1);
  });
});
