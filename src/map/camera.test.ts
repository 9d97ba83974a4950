import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZoneGeo, ZoneGeoMap } from '../geo/zones';
import { resetAtlasStore, useAtlasStore } from '../state/store';
import type { ZoneId } from '../zones/ids';
import { bindCamera } from './camera';

/** maplibre's camera maths is not under test: cameraForBounds fits by a fixed rule the tests can predict. */
function fakeMap() {
  return {
    jumpTo: vi.fn(),
    flyTo: vi.fn(),
    getZoom: () => 11,
    getCanvas: () => ({ clientWidth: 1280, clientHeight: 740 }),
    cameraForBounds: vi.fn((b: number[]) => ({ center: [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2], zoom: 12.5 })),
  };
}
const geo = (id: ZoneId, bbox: ZoneGeo['bbox']) => [id, { id, bbox }] as unknown as [ZoneId, ZoneGeo];
const store = () => useAtlasStore.getState();
const view = { center: [114.1, 22.6] as [number, number], zoom: 13, bearing: 10, pitch: 20 };

let unbind: () => void = () => undefined;
beforeEach(() => {
  resetAtlasStore();
  vi.useFakeTimers();
  vi.stubGlobal('window', { innerWidth: 1280, innerHeight: 800, matchMedia: () => ({ matches: true }) });
});
afterEach(() => {
  unbind();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('bindCamera', () => {
  it('jumps to a requested view, and again when the same view is requested again', () => {
    const map = fakeMap();
    unbind = bindCamera(map as unknown as MaplibreMap);
    store().requestCamera({ kind: 'view', view });
    store().requestCamera({ kind: 'view', view });
    expect(map.jumpTo).toHaveBeenCalledTimes(2);
    expect(map.jumpTo).toHaveBeenLastCalledWith(view);
  });
  it('frames a zone once its geometry arrives, after the page has drawn what the selection opened', () => {
    const map = fakeMap();
    unbind = bindCamera(map as unknown as MaplibreMap);
    store().selectZone('hetao', 'url', { frame: true });
    vi.runAllTimers();
    expect(map.flyTo).not.toHaveBeenCalled();
    store().setZoneGeo(new Map([geo('hetao', [114.05, 22.5, 114.1, 22.53])]) as ZoneGeoMap);
    expect(map.flyTo).toHaveBeenCalledTimes(1);
    const [bounds, options] = map.cameraForBounds.mock.calls[0] as unknown as [number[], { maxZoom: number }];
    expect(bounds).toEqual([114.05, 22.5, 114.1, 22.53]);
    // A cluster is framed no closer than its kind's limit.
    expect(options.maxZoom).toBe(14.5);
    expect(map.flyTo).toHaveBeenCalledWith(expect.objectContaining({ zoom: 12.5, duration: 0 }));
    // The geometry arriving again (a reload of the data) does not move the map a second time.
    store().setZoneGeo(new Map([geo('hetao', [114.05, 22.5, 114.1, 22.53])]) as ZoneGeoMap);
    expect(map.flyTo).toHaveBeenCalledTimes(1);
  });
  it('carries out a request made before the map existed (a deep link), and centres a point zone in its zoom range', () => {
    store().setZoneGeo(new Map([geo('wangyu', [115.1, 22.8, 115.1, 22.8])]) as ZoneGeoMap);
    store().selectZone('wangyu', 'url', { frame: true });
    const map = fakeMap();
    unbind = bindCamera(map as unknown as MaplibreMap);
    vi.runAllTimers();
    expect(map.flyTo).toHaveBeenCalledWith(expect.objectContaining({ center: [115.1, 22.8], zoom: 11 }));
  });
  it('frames several zones together (a briefing step’s subject)', () => {
    store().setZoneGeo(new Map([geo('hetao', [114.05, 22.5, 114.1, 22.53]), geo('core', [114.03, 22.53, 114.07, 22.56])]) as ZoneGeoMap);
    const map = fakeMap();
    unbind = bindCamera(map as unknown as MaplibreMap);
    store().requestCamera({ kind: 'zones', zoneIds: ['hetao', 'core'] });
    vi.runAllTimers();
    expect(map.cameraForBounds.mock.calls[0][0]).toEqual([114.03, 22.5, 114.1, 22.56]);
  });
  it('a newer request replaces one still waiting for geometry', () => {
    const map = fakeMap();
    unbind = bindCamera(map as unknown as MaplibreMap);
    store().selectZone('hetao', 'url', { frame: true });
    store().requestCamera({ kind: 'view', view });
    store().setZoneGeo(new Map([geo('hetao', [114.05, 22.5, 114.1, 22.53])]) as ZoneGeoMap);
    vi.runAllTimers();
    expect(map.flyTo).not.toHaveBeenCalled();
    expect(map.jumpTo).toHaveBeenCalledWith(view);
  });
});
