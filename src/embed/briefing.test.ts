import { describe, expect, it } from 'vitest';
import { BRIEFINGS, decodeSteps, encodeSteps, validSteps } from './briefing';

describe('briefings', () => {
  it('the built-in layout briefing steps 一核 → 三带 → 一轴 → 八组团 → 合作地区', () => {
    const layout = BRIEFINGS.find((b) => b.id === 'layout');
    expect(layout?.steps.map((s) => s.title.zh)).toEqual(['一核：粤港澳金融商务核', '三带', '一轴：深圳总部经济轴', '八组团', '合作地区']);
  });

  it('round-trips custom steps through the URL form, Chinese titles included', () => {
    const steps = [{ title: { zh: '八卦岭', en: 'Bagualing' }, zone: 'bagualing' as const, layers: ['clusters', 'labels'], view: { center: [114.094, 22.5625] as [number, number], zoom: 13, bearing: 0, pitch: 0 } }];
    const param = encodeSteps(steps);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSteps(param)).toEqual(steps);
  });

  it.each(['', '!!!', 'e30', encodeSteps([]), 'eyJ0aXRsZSI6MX0', 'A'.repeat(30_000)])('rejects %j', (param) => {
    expect(decodeSteps(param)).toBeNull();
  });

  it('drops invalid steps and keeps valid ones: unknown zones and layers, views out of range', () => {
    const steps = validSteps([
      { title: 'ok', layers: ['core', 'nope'], zone: 'atlantis', view: { center: [114, 22.5], zoom: 12 } },
      { title: 'bad view', layers: [], view: { center: [0, 0], zoom: 12 } },
      { title: 'NaN', layers: [], view: { center: [114, 22.5], zoom: Number.NaN } },
      'not a step',
    ]);
    expect(steps).toEqual([{ title: { zh: 'ok', en: 'ok' }, layers: ['core'], view: { center: [114, 22.5], zoom: 12, bearing: 0, pitch: 0 } }]);
  });
});
