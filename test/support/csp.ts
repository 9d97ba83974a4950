/**
 * The strict Content Security Policy the README tells hosts to send, and the browser test serves.
 * No inline script, no eval, no inline style; data only from the Atlas' own origin.
 * `'wasm-unsafe-eval'` lets the vector export compile its font subsetter (WebAssembly, a file of
 * the Atlas' own origin); it allows no JavaScript eval.
 * `frame-ancestors` says who may embed the Atlas: `*` here; a host should list its own sites.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/** What each basemap adds to the strict policy (the README's "Basemaps" section lists the same). */
export const CSP_ADDITIONS = {
  offline: '',
  tianditu: 'https://*.tianditu.gov.cn',
  osm: 'https://tiles.openfreemap.org',
  // Same origin: a self-hosted PMTiles file needs nothing added.
  pmtiles: '',
} as const;

/** The strict policy with a basemap's hosts added to connect-src (maplibre fetches tiles, styles and sprites). */
export function cspFor(basemap: keyof typeof CSP_ADDITIONS): string {
  const hosts = CSP_ADDITIONS[basemap];
  return hosts ? CSP.replace("connect-src 'self'", `connect-src 'self' ${hosts}`) : CSP;
}
