import { describe, expect, it } from 'vitest';
import { basemapTitle, hostToAsk, isBasemapChoice, isImagery, isTiandituToken, parseBasemapConfig, pmtilesIdOf, tiandituTiles } from './basemaps';

describe('basemap choices', () => {
  it('accepts the built-in ids, pmtiles:<id> and http(s) style URLs, nothing else', () => {
    for (const ok of ['offline', 'tianditu-vec', 'tianditu-img', 'osm', 'pmtiles:shenzhen', 'https://example.org/style.json']) expect(isBasemapChoice(ok), ok).toBe(true);
    for (const bad of ['gaode', 'pmtiles:', 'pmtiles:../x', 'pmtiles:A', 'javascript:alert(1)', 'ftp://x/style.json', '']) expect(isBasemapChoice(bad), bad).toBe(false);
    expect(pmtilesIdOf('pmtiles:shenzhen')).toBe('shenzhen');
    expect(pmtilesIdOf('osm')).toBeNull();
    expect(isImagery('tianditu-img')).toBe(true);
    expect(isImagery('tianditu-vec')).toBe(false);
  });

  it('builds 天地图’s WMTS GetTile URLs in Web Mercator on its eight hosts, with the key', () => {
    const urls = tiandituTiles('img', '0123456789abcdef0123456789abcdef');
    expect(urls).toHaveLength(8);
    expect(urls[3]).toBe(
      'https://t3.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=0123456789abcdef0123456789abcdef',
    );
    expect(isTiandituToken('0123456789ABCDEF0123456789abcdef')).toBe(true);
    for (const bad of ['', '123', 'zz23456789abcdef0123456789abcdef', '0123456789abcdef0123456789abcdef0']) expect(isTiandituToken(bad)).toBe(false);
  });

  it('reads basemaps.json, dropping (and naming) entries it cannot use', () => {
    const { config, problems } = parseBasemapConfig({
      pmtiles: [
        { id: 'shenzhen', title: { zh: '深圳', en: 'Shenzhen' }, url: 'basemaps/shenzhen.pmtiles', attribution: '© OSM', flavor: 'light' },
        { id: 'up', title: { zh: '上', en: 'Up' }, url: '../secret.pmtiles', attribution: 'x' },
        { id: 'abs', title: { zh: '外', en: 'Out' }, url: 'https://evil.example/x.pmtiles', attribution: 'x' },
        { id: 'Bad Id', title: { zh: 'x', en: 'x' }, url: 'a.pmtiles', attribution: 'x' },
        { id: 'noflavour', title: { zh: 'x', en: 'x' }, url: 'a.pmtiles', attribution: 'x', flavor: 'neon' },
        'junk',
      ],
      tiandituReviewNumber: 'GS(2024)0568号',
    });
    expect(config.pmtiles.map((p) => p.id)).toEqual(['shenzhen']);
    expect(problems).toEqual(['pmtiles[1]', 'pmtiles[2]', 'pmtiles[3]', 'pmtiles[4]', 'pmtiles[5]']);
    expect(config.tiandituReviewNumber).toBe('GS(2024)0568号');
    expect(parseBasemapConfig(null).config).toEqual({ pmtiles: [] });
    expect(basemapTitle('pmtiles:shenzhen', config, 'en')).toBe('Shenzhen');
    expect(basemapTitle('tianditu-img', null, 'zh')).toBe('天地图影像');
    expect(basemapTitle('https://example.org/style.json', null, 'zh')).toBe('https://example.org/style.json');
  });
});

describe('hostToAsk', () => {
  const own = 'https://atlas.example.gov.cn';
  it.each([
    [null, {}, null],
    ['osm', {}, null],
    ['tianditu-vec', {}, null],
    ['pmtiles:city', {}, null],
    ['https://tiles.openfreemap.org/styles/liberty', {}, null],
    ['https://atlas.example.gov.cn/styles/own.json', {}, null],
    ['https://tiles.example.org/style.json', {}, 'tiles.example.org'],
    ['http://10.0.0.5:8080/style.json', {}, '10.0.0.5:8080'],
    ['https://tiles.example.org/style.json', { 'tiles.example.org': 'allow' }, null],
    ['https://tiles.example.org/style.json', { 'tiles.example.org': 'deny' }, 'tiles.example.org'],
    ['https://evil.example/style.json', { 'tiles.example.org': 'allow' }, 'evil.example'],
  ] as const)('%s with %o → %s', (choice, answers, host) => {
    expect(hostToAsk(choice, answers, own)).toBe(host);
  });
});
