/** A stand-in for 天地图's WMTS, answered inside Chromium on its real URLs (page.route): no request leaves the machine. */
import type { Route } from 'playwright-core';
import { PNG } from 'pngjs';
import { rasterTile } from '../support/tiles';

export const TOKEN = '0123456789abcdef0123456789abcdef';
/** 市民中心: the stand-in 天地图 tiles carry a red mark on it at zoom 15. */
export const MARK: [number, number] = [114.0596, 22.5431];
export const IMAGERY: [number, number, number] = [20, 70, 40];

export type Tiles = { status?: number; hang?: boolean };

/** Answers 天地图's WMTS GetTile like the real service (its URL shape checked on every request). */
export function tianditu(behaviour: () => Tiles, seen: string[]) {
  return async (route: Route) => {
    const url = new URL(route.request().url());
    seen.push(url.href);
    const q = url.searchParams;
    const shape = /^t[0-7]\.tianditu\.gov\.cn$/.test(url.hostname) && /^\/(vec|cva|img|cia)_w\/wmts$/.test(url.pathname) && q.get('SERVICE') === 'WMTS' && q.get('REQUEST') === 'GetTile' && q.get('TILEMATRIXSET') === 'w';
    if (!shape) return route.fulfill({ status: 400, body: 'bad request shape' });
    const b = behaviour();
    if (b.hang) return; // never answered: the timeout must catch it
    if (b.status) return route.fulfill({ status: b.status, body: 'denied', headers: { 'access-control-allow-origin': '*' } });
    if (q.get('tk') !== TOKEN) return route.fulfill({ status: 403, body: 'bad key', headers: { 'access-control-allow-origin': '*' } });
    const [z, y, x] = ['TILEMATRIX', 'TILEROW', 'TILECOL'].map((k) => Number(q.get(k)));
    const names = url.pathname.startsWith('/cva') || url.pathname.startsWith('/cia');
    // The names layer is transparent-free here: a lighter colour, so the picture underneath is not needed.
    const body = names ? TRANSPARENT : imageryTile(z ?? 0, x ?? 0, y ?? 0);
    return route.fulfill({ status: 200, body, contentType: 'image/png', headers: { 'access-control-allow-origin': '*', 'cache-control': 'no-store' } });
  };
}

const TRANSPARENT = PNG.sync.write(new PNG({ width: 256, height: 256 }));

/** Each tile made once: an export asks for hundreds, again and again across tests. */
const made = new Map<string, Buffer>();
function imageryTile(z: number, x: number, y: number): Buffer {
  const key = `${z}/${x}/${y}`;
  let tile = made.get(key);
  if (!tile) {
    tile = rasterTile(z, x, y, IMAGERY, MARK);
    made.set(key, tile);
  }
  return tile;
}

