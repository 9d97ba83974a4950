import { describe, expect, it } from 'vitest';
import { DEFAULT_OPACITY, DEFAULT_VISIBILITY, TOGGLE_IDS } from '../layers/toggles';
import { DEFAULT_VIEW } from '../state/view';
import { encodeUrl, formatView, parseUrl, parseView } from './codec';

const NO_URL_STATE = {
  lang: 'zh' as const,
  view: null,
  basemap: null,
  zone: null,
  visibility: DEFAULT_VISIBILITY,
  opacity: DEFAULT_OPACITY,
  embed: false,
  controls: [],
  host: null,
  briefing: null,
  views: null,
  briefingTitle: null,
  step: null,
  markup: null,
};

describe('parseUrl', () => {
  it('gives the defaults for an empty query, with no notice', () => {
    expect(parseUrl('')).toEqual({ state: { ...NO_URL_STATE, visibility: null, opacity: {} }, notices: [] });
  });

  it('reads lang, view and basemap', () => {
    const { state, notices } = parseUrl('?v=1&lang=en&view=114.05,22.54,12.5,-20,30&basemap=https%3A%2F%2Fexample.org%2Fstyle.json');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      lang: 'en',
      view: { center: [114.05, 22.54], zoom: 12.5, bearing: -20, pitch: 30 },
      basemap: 'https://example.org/style.json',
    });
  });

  it('falls back to Chinese for an unknown language, with a notice that echoes a bounded value', () => {
    const { state, notices } = parseUrl(`?lang=${'x'.repeat(500)}`);
    expect(state.lang).toBe('zh');
    expect(notices).toHaveLength(1);
    expect(notices[0].kind).toBe('unknownLang');
    expect(notices[0].arg?.length).toBeLessThanOrEqual(41);
  });

  it.each([
    'NaN,22.5,12,0,0',
    '114,22.5,12,0',
    '114,22.5,12,0,0,9',
    '1e3,22.5,12,0,0',
    '0x10,22.5,12,0,0',
    '114,22.5,99,0,0',
    '114,22.5,2,0,0',
    '180,22.5,12,0,0',
    '114,22.5,12,0,75',
    '114,22.5,12,181,0',
    '<script>alert(1)</script>',
    '',
  ])('rejects the view %j and keeps the default', (raw) => {
    const { state, notices } = parseUrl(`?view=${encodeURIComponent(raw)}`);
    expect(state.view).toBeNull();
    expect(notices.map((n) => n.kind)).toEqual(['badView']);
  });

  it.each(['tianditu-vec', 'tianditu-img', 'osm', 'pmtiles:shenzhen', 'offline'])('reads the basemap %j and writes it back (no key in it)', (raw) => {
    const { state, notices } = parseUrl(`?basemap=${raw}`);
    expect(notices).toEqual([]);
    expect(state.basemap).toBe(raw);
    expect(new URLSearchParams(encodeUrl(state)).get('basemap')).toBe(raw);
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'not a url', 'ftp://example.org/s.json', 'gaode', 'pmtiles:../x'])('rejects the basemap %j', (raw) => {
    const { state, notices } = parseUrl(`?basemap=${encodeURIComponent(raw)}`);
    expect(state.basemap).toBeNull();
    expect(notices.map((n) => n.kind)).toEqual(['badBasemap']);
  });

  it('notes unknown parameters and a future version, but ignores utm_* tracking', () => {
    const { notices } = parseUrl('?v=9&foo=1&utm_source=mail');
    expect(notices).toEqual([
      { kind: 'badVersion', arg: '9' },
      { kind: 'unknownParam', arg: 'foo' },
    ]);
  });
});

describe('zone, layers and opacity', () => {
  it('selects a known zone and reports an unknown one', () => {
    expect(parseUrl('?zone=bagualing').state.zone).toBe('bagualing');
    const bad = parseUrl('?zone=atlantis%3Cscript%3E');
    expect(bad.state.zone).toBeNull();
    expect(bad.notices).toEqual([{ kind: 'unknownZone', arg: 'atlantis<script>' }]);
  });

  it('reads the visible layers as an exact set, ignoring unknown ids with a notice', () => {
    const { state, notices } = parseUrl('?layers=core,belts,nope');
    expect(TOGGLE_IDS.filter((id) => state.visibility?.[id])).toEqual(['core', 'belts']);
    expect(notices).toEqual([{ kind: 'unknownLayer', arg: 'nope' }]);
    expect(Object.values(parseUrl('?layers=').state.visibility ?? {}).some(Boolean)).toBe(false);
  });

  it.each(['belts:101', 'belts:-1', 'belts:abc', 'nope:50', 'belts', 'belts:1e2'])('rejects the opacity %j', (raw) => {
    const { state, notices } = parseUrl(`?opacity=${encodeURIComponent(raw)}`);
    expect(state.opacity).toEqual({});
    expect(notices.map((n) => n.kind)).toEqual(['badOpacity']);
  });

  it('keeps the valid opacities of a mixed list', () => {
    expect(parseUrl('?opacity=belts:40,bad,clusters:0').state.opacity).toEqual({ belts: 0.4, clusters: 0 });
  });
});

describe('embed parameters', () => {
  it('reads embed, controls, host and a briefing step', () => {
    const { state, notices } = parseUrl('?embed=1&controls=legend,search,bogus&host=https%3A%2F%2Fbriefing.example.org&briefing=layout&step=3');
    expect(state).toMatchObject({ embed: true, controls: ['search', 'legend'], host: 'https://briefing.example.org', briefing: 'layout', step: 3 });
    expect(notices).toEqual([{ kind: 'unknownControl', arg: 'bogus' }]);
  });
  it.each(['javascript:alert(1)', 'https://a.example/path', '*', 'null'])('rejects the host %j', (host) => {
    const { state, notices } = parseUrl(`?host=${encodeURIComponent(host)}`);
    expect(state.host).toBeNull();
    expect(notices.map((n) => n.kind)).toEqual(['badHost']);
  });
  it('reports an unknown briefing, unreadable views and a bad step', () => {
    const { notices } = parseUrl('?briefing=nope&views=%%%&step=-1');
    expect(notices.map((n) => n.kind)).toEqual(['unknownBriefing', 'badViews', 'badStep']);
  });
});

describe('encodeUrl', () => {
  it('round-trips through parseUrl', () => {
    const state = {
      lang: 'en' as const,
      view: { center: [114.06123, 22.53456] as [number, number], zoom: 13.25, bearing: 12.5, pitch: 40 },
      basemap: 'https://example.org/style.json',
      zone: 'bagualing' as const,
      visibility: { ...DEFAULT_VISIBILITY, belts: false, labels: false },
      opacity: { clusters: 0.4 },
      embed: true,
      controls: ['search' as const, 'legend' as const],
      host: 'https://briefing.example.org',
      briefing: 'layout',
      views: null,
      briefingTitle: null,
      step: 2,
      markup: null,
    };
    expect(parseUrl(encodeUrl(state)).state).toEqual(state);
  });

  it('leaves defaults out and never prints -0', () => {
    expect(encodeUrl(NO_URL_STATE)).toBe('?v=1');
    expect(formatView({ ...DEFAULT_VIEW, bearing: -0.00001 })).toBe('114.055,22.545,11.6,0,0');
  });

  it('writes views that parseView accepts, bearing and pitch included, to the precision the link keeps', () => {
    expect(parseView(formatView(DEFAULT_VIEW))).toEqual(DEFAULT_VIEW);
    const turned = { center: [114.0712345, 22.5345678] as [number, number], zoom: 14.256, bearing: -37.46, pitch: 45.4 };
    // 5 decimals of a degree (≈ 1 m), 2 of zoom, 0.1° of bearing, whole degrees of pitch.
    expect(formatView(turned)).toBe('114.07123,22.53457,14.26,-37.5,45');
    expect(parseView(formatView(turned))).toEqual({ center: [114.07123, 22.53457], zoom: 14.26, bearing: -37.5, pitch: 45 });
    for (const view of [
      { center: [113.9, 22.48] as [number, number], zoom: 9.5, bearing: 179.9, pitch: 60 },
      { center: [114.2, 22.6] as [number, number], zoom: 17.5, bearing: -180, pitch: 0.4 },
    ]) {
      const back = parseView(formatView(view));
      expect(back?.bearing).toBeCloseTo(view.bearing, 1);
      expect(back?.pitch).toBe(Math.round(view.pitch));
      expect(parseView(formatView(back ?? DEFAULT_VIEW))).toEqual(back); // a written view is a fixed point
    }
  });
});
