import type { Map as MaplibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZoneGeo, ZoneGeoMap } from '../geo/zones';
import { resetAtlasStore, useAtlasStore } from '../state/store';
import type { ZoneId } from '../zones/ids';
import { bindCamera } from './camera';

function fakeMap() {
  return { jumpTo: vi.fn(), fitBounds: vi.fn(), flyTo: vi.fn(), getZoom: () => 11 };
}
const geo = (id: ZoneId, bbox: ZoneGeo['bbox']) => [id, { id, bbox }] as unknown as [ZoneId, ZoneGeo];
const store = () => useAtlasStore.getState();
const view = { center: [114.1, 22.6] as [number, number], zoom: 13, bearing: 10, pitch: 20 };

let unbind: () => void = () => undefined;
beforeEach(() => {
  resetAtlasStore();
  vi.stubGlobal('window', { innerWidth: 1280, innerHeight: 800, matchMedia: () => ({ matches: true }) });
});
afterEach(() => {
  unbind();
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
  it('frames a zone once its geometry arrives, leaving room for the panel on the right', () => {
    const map = fakeMap();
    unbind = bindCamera(map as unknown as MaplibreMap);
    store().selectZone('hetao', 'url', { frame: true });
    expect(map.fitBounds).not.toHaveBeenCalled();
    store().setZoneGeo(new Map([geo('hetao', [114.05, 22.5, 114.1, 22.53])]) as ZoneGeoMap);
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    const [bounds, options] = map.fitBounds.mock.calls[0];
    expect(bounds).toEqual([114.05, 22.5, 114.1, 22.53]);
    expect(options.padding.right).toBeGreaterThan(options.padding.left);
    expect(options.duration).toBe(0);
    // The geometry arriving again (a reload of the data) does not move the map a second time.
    store().setZoneGeo(new Map([geo('hetao', [114.05, 22.5, 114.1, 22.53])]) as ZoneGeoMap);
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
  });
  it('carries out a request made before the map existed (a deep link), and flies to a point zone', () => {
    store().setZoneGeo(new Map([geo('wangyu', [115.1, 22.8, 115.1, 22.8])]) as ZoneGeoMap);
    store().selectZone('wangyu', 'url', { frame: true });
    const map = fakeMap();
    unbind = bindCamera(map as unknown as MaplibreMap);
    expect(map.flyTo).toHaveBeenCalledWith(expect.objectContaining({ center: [115.1, 22.8] }));
  });
  it('a newer request replaces one still waiting for geometry', () => {
    const map = fakeMap();
    unbind = bindCamera(map as unknown as MaplibreMap);
    store().selectZone('hetao', 'url', { frame: true });
    store().requestCamera({ kind: 'view', view });
    store().setZoneGeo(new Map([geo('hetao', [114.05, 22.5, 114.1, 22.53])]) as ZoneGeoMap);
    expect(map.fitBounds).not.toHaveBeenCalled();
    expect(map.jumpTo).toHaveBeenCalledWith(view);
  });
});
