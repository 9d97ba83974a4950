import { describe, expect, it } from 'vitest';
import { briefingFileText, briefingFileValue, duplicateStep, emptyBriefing, FILE_FORMAT, moveStep, readBriefingFile, withKey } from './document';

const view = { center: [114.05, 22.54], zoom: 13, bearing: 0, pitch: 0 };
const step = (title: string, extra: Record<string, unknown> = {}) => ({ title, view, layers: ['core', 'belts'], ...extra });

describe('briefing files', () => {
  it('round-trips a document through its file text exactly (keys are not saved)', () => {
    const doc = { ...emptyBriefing('简报'), subtitle: '副', steps: [withKey({ title: { zh: '一', en: 'One' }, view: { center: [114.05, 22.54] as [number, number], zoom: 13, bearing: 0, pitch: 0 }, layers: ['core'], notes: '备注', basemap: 'offline' })] };
    const text = briefingFileText(doc);
    expect(text).not.toContain('"key"');
    const read = readBriefingFile(text);
    if (!read.ok) throw new Error(read.kind);
    expect(briefingFileValue(read.doc)).toEqual(briefingFileValue(doc));
    expect(read.problems).toEqual([]);
    expect(read.migratedFrom).toBeNull();
  });

  it('names a bad step and keeps the rest', () => {
    const read = readBriefingFile(JSON.stringify({ format: FILE_FORMAT, version: 2, title: 'T', steps: [step('a'), step('b', { view: { center: [500, 22], zoom: 3 } }), 'nonsense', step('d')] }));
    if (!read.ok) throw new Error(read.kind);
    expect(read.doc.steps.map((s) => s.title.zh)).toEqual(['a', 'd']);
    expect(read.problems).toEqual([
      { step: 2, field: 'view' },
      { step: 3, field: '—' },
    ]);
  });

  it('migrates the first format (a bare step list) and refuses what it cannot read, saying why', () => {
    const old = readBriefingFile(JSON.stringify([step('a'), step('b')]));
    expect(old.ok && old.migratedFrom).toBe(1);
    expect(old.ok && old.doc.steps.length).toBe(2);
    expect(readBriefingFile('{not json')).toEqual({ ok: false, kind: 'notJson' });
    expect(readBriefingFile(JSON.stringify({ format: 'something-else' }))).toEqual({ ok: false, kind: 'notBriefing' });
    expect(readBriefingFile(JSON.stringify({ format: FILE_FORMAT, version: 3, steps: [] }))).toEqual({ ok: false, kind: 'newerVersion', detail: '3' });
    expect(readBriefingFile(JSON.stringify({ format: FILE_FORMAT, version: 2, steps: ['x'] }))).toEqual({ ok: false, kind: 'noValidStep' });
    expect(readBriefingFile('[]')).toEqual({ ok: false, kind: 'noSteps' });
    expect(readBriefingFile(JSON.stringify({ format: FILE_FORMAT, version: 2, title: 5, steps: [] }))).toMatchObject({ ok: false, kind: 'notBriefing', detail: 'title' });
  });

  it('cuts long text and drops notes over the limit, never the step', () => {
    const read = readBriefingFile(JSON.stringify({ format: FILE_FORMAT, version: 2, title: 'x'.repeat(500), steps: [step('a', { notes: 'n'.repeat(5000), basemap: 'javascript:alert(1)' })] }));
    if (!read.ok) throw new Error(read.kind);
    expect(read.doc.title).toHaveLength(80);
    expect(read.doc.steps[0]?.notes).toHaveLength(1000);
    expect(read.doc.steps[0]?.basemap).toBeUndefined();
  });
});

describe('list edits', () => {
  it('moves, duplicates with a new key, and leaves the input alone', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveStep(list, 2, 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveStep(list, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveStep(list, 0, 9)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
    const steps = [withKey({ title: { zh: '一', en: '一' }, view: { center: [114, 22.5] as [number, number], zoom: 12, bearing: 0, pitch: 0 }, layers: [] })];
    const twice = duplicateStep(steps, 0);
    expect(twice).toHaveLength(2);
    expect(twice[1]?.title).toEqual(steps[0]?.title);
    expect(twice[1]?.key).not.toBe(steps[0]?.key);
  });
});
