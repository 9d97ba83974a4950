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
    expect(store().cameraRequest).toBeNull();
  });
  it('asks the map to frame a zone in the same state change, and a repeated request counts again', () => {
    const changes: string[] = [];
    const unsubscribe = useAtlasStore.subscribe((s) => changes.push(`${s.selectedZoneId}/${s.cameraRequest?.kind}`));
    store().selectZone('hetao', 'list', { frame: true });
    const first = store().cameraRequest;
    store().selectZone('hetao', 'search', { frame: true });
    unsubscribe();
    expect(changes).toEqual(['hetao/zone', 'hetao/zone']);
    expect(first).toMatchObject({ kind: 'zone', zoneId: 'hetao' });
    expect(store().cameraRequest?.seq).toBe((first?.seq ?? 0) + 1);
  });
  it('counts camera requests in the store, so a reset starts the count again', () => {
    store().requestCamera({ kind: 'zone', zoneId: 'hetao' });
    store().requestCamera({ kind: 'zone', zoneId: 'hetao' });
    expect(store().cameraRequest?.seq).toBe(2);
    resetAtlasStore();
    expect(store().cameraRequest).toBeNull();
    store().requestCamera({ kind: 'zone', zoneId: 'hetao' });
    expect(store().cameraRequest?.seq).toBe(1);
  });
  it('sets the view with a view request (the store is right before the map moves)', () => {
    const view = { center: [114.1, 22.6] as [number, number], zoom: 13, bearing: 0, pitch: 0 };
    store().requestCamera({ kind: 'view', view });
    expect(store().view).toBe(view);
    expect(store().cameraRequest).toMatchObject({ kind: 'view', view, seq: 1 });
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
