import { describe, expect, it } from 'vitest';
import { mapSafeProperties } from './mapSafe';

describe('mapSafeProperties', () => {
  it('drops keys the map worker cannot carry and turns unusual values into short text', () => {
    const props = JSON.parse('{"constructor":"c","__proto__":{"polluted":true},"prototype":1,"name":"<b>site</b>","big":1e308,"inf":null,"ok":12.5,"flag":true,"nested":{"a":[1,2]}}');
    expect(mapSafeProperties(props)).toEqual({ name: '<b>site</b>', big: '1e+308', inf: null, ok: 12.5, flag: true, nested: '{"a":[1,2]}' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('keeps the original object untouched (the panel shows the original values)', () => {
    const props = { big: 1e308 };
    mapSafeProperties(props);
    expect(props.big).toBe(1e308);
  });
  it('bounds long text', () => {
    expect(String(mapSafeProperties({ s: 'x'.repeat(10_000) }).s).length).toBeLessThan(600);
  });
});
