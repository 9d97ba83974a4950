import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_OPACITY, DEFAULT_VISIBILITY } from '../layers/toggles';
import { resetAtlasStore, useAtlasStore } from './store';

const store = () => useAtlasStore.getState();
beforeEach(() => resetAtlasStore());

describe('selection', () => {
  it('selects a zone with the others under the click, never listing itself', () => {
    store().selectZone('bagualing', 'map', { alsoHere: ['bagualing', 'belt-north', 'futian'] });
    expect(store().selectedZoneId).toBe('bagualing');
    expect(store().alsoHere).toEqual(['belt-north', 'futian']);
    expect(store().selectionOrigin).toBe('map');
    expect(store().frameRequest).toBeNull();
  });
  it('asks the map to frame a zone, and a repeated request counts again', () => {
    store().selectZone('hetao', 'list', { frame: true });
    const first = store().frameRequest;
    store().selectZone('hetao', 'search', { frame: true });
    expect(first?.zoneId).toBe('hetao');
    expect(store().frameRequest?.seq).toBeGreaterThan(first?.seq ?? 0);
  });
  it('clears the selection and what was offered with it', () => {
    store().selectZone('bagualing', 'map', { alsoHere: ['belt-north'] });
    store().clearSelection();
    expect(store().selectedZoneId).toBeNull();
    expect(store().alsoHere).toEqual([]);
  });
});

describe('layers', () => {
  it('starts from the defaults', () => {
    expect(store().visibility).toEqual(DEFAULT_VISIBILITY);
    expect(store().opacity).toEqual(DEFAULT_OPACITY);
  });
  it('toggles known layers and ignores unknown ones', () => {
    store().setVisible('belts', false);
    store().setVisible('nope', false);
    expect(store().visibility.belts).toBe(false);
    expect('nope' in store().visibility).toBe(false);
  });
  it('clamps opacity to 0–1 and ignores NaN', () => {
    store().setOpacity('clusters', 3);
    expect(store().opacity.clusters).toBe(1);
    store().setOpacity('clusters', -1);
    expect(store().opacity.clusters).toBe(0);
    store().setOpacity('clusters', Number.NaN);
    expect(store().opacity.clusters).toBe(0);
  });
  it('fills a partial layer state from the defaults', () => {
    store().setLayers({ belts: false }, { core: 0.5 });
    expect(store().visibility).toEqual({ ...DEFAULT_VISIBILITY, belts: false });
    expect(store().opacity).toEqual({ ...DEFAULT_OPACITY, core: 0.5 });
  });
});

describe('notices', () => {
  it('shows the same notice once, and dismisses by id', () => {
    store().addNotice('unknownZone', 'x');
    store().addNotice('unknownZone', 'x');
    store().addNotice('unknownZone', 'y');
    expect(store().notices.map((n) => n.arg)).toEqual(['x', 'y']);
    store().dismissNotice(store().notices[0].id);
    expect(store().notices.map((n) => n.arg)).toEqual(['y']);
  });
});
