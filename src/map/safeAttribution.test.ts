import { describe, expect, it } from 'vitest';
import { safeAttribution, withSafeAttributions } from './safeAttribution';

// Node has no DOM: DOMPurify is not supported there and would hand its input back untouched, so
// the fallback keeps text only. The sanitiser itself is exercised in Chromium (basemaps.e2e.ts).
describe('safeAttribution without a DOM', () => {
  it.each([
    ['<img src=x onerror=alert(1)>© OSM', '© OSM'],
    ['<span style="position:fixed">A</span> <a href="https://osm.org">OSM</a>', 'A OSM'],
    ['<scr<script>ipt>x', 'ipt>x'.replace('>', '')],
  ])('%s → text only', (input, text) => {
    expect(safeAttribution(input)).toBe(text);
  });
  it('rewrites every source of a style and leaves other fields alone', () => {
    const style = withSafeAttributions({ version: 8, sources: { a: { type: 'raster', attribution: '<img src=x>A' }, b: { type: 'vector' } } });
    expect(style.sources).toEqual({ a: { type: 'raster', attribution: 'A' }, b: { type: 'vector' } });
  });
});
