import { beforeEach, describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../embed/briefing';
import { DEFAULT_VISIBILITY } from '../layers/toggles';
import { type AtlasState, resetAtlasStore, useAtlasStore } from './store';

const store = () => useAtlasStore.getState();
const layout = BRIEFINGS.find((b) => b.id === 'layout');
if (!layout) throw new Error('the layout briefing is missing');

/** Counts state changes (each wakes the URL writer and the map once) while `act` runs. */
function changesDuring(act: () => void): AtlasState[] {
  const seen: AtlasState[] = [];
  const unsubscribe = useAtlasStore.subscribe((s) => seen.push(s));
  act();
  unsubscribe();
  return seen;
}

beforeEach(() => resetAtlasStore());

describe('applyUrlState', () => {
  it('restores language, layers, opacity, view, selection and notices in one state change', () => {
    const changes = changesDuring(() => store().applyUrlState('?v=1&lang=en&zone=bagualing&layers=core,clusters&opacity=clusters:40&view=114.09,22.56,13,0,0&bogus=1'));
    expect(changes).toHaveLength(1);
    const s = store();
    expect(s.lang).toBe('en');
    expect(s.selectedZoneId).toBe('bagualing');
    expect(s.visibility).toMatchObject({ core: true, clusters: true, belts: false });
    expect(s.opacity.clusters).toBeCloseTo(0.4);
    expect(s.view).toEqual({ center: [114.09, 22.56], zoom: 13, bearing: 0, pitch: 0 });
    // A link with its own view keeps that view: no camera request at start-up, no framing.
    expect(s.cameraRequest).toBeNull();
    expect(s.notices.map((n) => n.kind)).toContain('unknownParam');
  });
  it('frames a linked zone when the link has no view, and moves the map on Back/Forward', () => {
    store().applyUrlState('?v=1&zone=hetao');
    expect(store().cameraRequest).toMatchObject({ kind: 'zone', zoneId: 'hetao' });
    store().applyUrlState('?v=1&view=114.05,22.54,12,0,0', 'history');
    expect(store().cameraRequest).toMatchObject({ kind: 'view', view: { zoom: 12 } });
    expect(store().selectedZoneId).toBeNull();
    expect(store().selectionOrigin).toBe('history');
  });
  it('goes back to the overview on Back to an entry with neither view nor zone', () => {
    store().applyUrlState('?v=1&zone=hetao');
    store().requestCamera({ kind: 'view', view: { center: [114.07, 22.52], zoom: 14, bearing: 0, pitch: 0 } });
    store().applyUrlState('?v=1', 'history');
    expect(store().cameraRequest).toMatchObject({ kind: 'view', view: { zoom: 11.6 } });
    expect(store().selectedZoneId).toBeNull();
  });
  it('opens a briefing link at its step, unless the link pins a view of its own', () => {
    const changes = changesDuring(() => store().applyUrlState('?v=1&briefing=layout&step=2'));
    expect(changes).toHaveLength(1);
    expect(store().stepIndex).toBe(2);
    expect(store().selectedZoneId).toBe(layout.steps[2].zone ?? null);
    // Built-in steps frame their subject at whatever size the map is.
    expect(store().cameraRequest).toMatchObject({ kind: 'zones', zoneIds: layout.steps[2].subject });
    store().applyUrlState('?v=1&briefing=layout&step=1&view=114.05,22.54,12,0,0');
    expect(store().stepIndex).toBe(1);
    expect(store().view.zoom).toBe(12);
    store().applyUrlState('?v=1&briefing=layout&step=99');
    expect(store().stepIndex).toBe(0);
  });
});

describe('briefing steps', () => {
  beforeEach(() => store().applyUrlState('?v=1&briefing=layout'));
  it('goToStep sets layers, selection, view and the index in one change', () => {
    const changes = changesDuring(() => expect(store().goToStep(1)).toBe(true));
    expect(changes).toHaveLength(1);
    const step = layout.steps[1];
    const s = store();
    expect(s.stepIndex).toBe(1);
    expect(Object.entries(s.visibility).filter(([, on]) => on).map(([id]) => id).sort()).toEqual([...step.layers].sort());
    expect(s.selectedZoneId).toBe(step.zone ?? null);
    expect(s.cameraRequest).toMatchObject({ kind: 'zones', zoneIds: ['belt-north', 'belt-central', 'belt-south'] });
    expect(s.selectionOrigin).toBe('briefing');
  });
  it('refuses steps that do not exist, changing nothing', () => {
    const before = store();
    const changes = changesDuring(() => {
      expect(store().goToStep(layout.steps.length)).toBe(false);
      expect(store().goToStep(-1)).toBe(false);
      expect(store().goToStep(0.5)).toBe(false);
    });
    expect(changes).toEqual([]);
    expect(store()).toBe(before);
  });
  it('stepBy moves from the current step and stops at the ends', () => {
    store().goToStep(0);
    expect(store().stepBy(1)).toBe(true);
    expect(store().stepIndex).toBe(1);
    store().goToStep(layout.steps.length - 1);
    expect(store().stepBy(1)).toBe(false);
    expect(store().stepIndex).toBe(layout.steps.length - 1);
  });
});

describe('applyHostCommands', () => {
  it('applies a burst of commands in order, in one state change', () => {
    const changes = changesDuring(() =>
      store().applyHostCommands(
        [
          { type: 'layers', visible: ['core', 'belts'] },
          { type: 'select', zone: 'xiangmihu' },
          { type: 'lang', lang: 'en' },
        ],
        0,
      ),
    );
    expect(changes).toHaveLength(1);
    expect(store()).toMatchObject({ lang: 'en', selectedZoneId: 'xiangmihu', selectionOrigin: 'host' });
    expect(store().visibility).toEqual({ ...Object.fromEntries(Object.keys(DEFAULT_VISIBILITY).map((id) => [id, false])), core: true, belts: true });
    expect(store().cameraRequest).toMatchObject({ kind: 'zone', zoneId: 'xiangmihu' });
  });
  it('steps after the other commands, from the step a step command chose', () => {
    store().applyUrlState('?v=1&briefing=layout');
    store().applyHostCommands([{ type: 'step', index: 1 }], 2);
    expect(store().stepIndex).toBe(3);
    store().applyHostCommands([{ type: 'clear' }], 0);
    expect(store().selectedZoneId).toBeNull();
  });
});
