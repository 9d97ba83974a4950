import { describe, expect, it } from 'vitest';
import { withoutControlChars } from './text';
import { base64, base64Url, fromBase64Url } from './base64';
import { rgbChannels } from './color';

describe('base64', () => {
  it('encodes bytes as RFC 4648 does, in chunks beyond fromCharCode’s argument limit', () => {
    expect(base64(new TextEncoder().encode('福田'))).toBe('56aP55Sw');
    const big = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(Buffer.from(base64(big), 'base64').equals(Buffer.from(big))).toBe(true);
  });
  it('round-trips the URL-safe form without padding, and refuses what is not one', () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1]);
    expect(base64Url(bytes)).toBe('-_-_AAE');
    expect(fromBase64Url(base64Url(bytes))).toEqual(bytes);
    expect(fromBase64Url('a+b/')).toBeNull();
    expect(fromBase64Url('A')).toBeNull(); // one character is no whole byte
  });
});

describe('rgbChannels', () => {
  it('reads #rrggbb and #rgb, case-insensitively', () => {
    expect(rgbChannels('#d55e00')).toEqual([0xd5, 0x5e, 0x00]);
    expect(rgbChannels('#FFF')).toEqual([255, 255, 255]);
    expect(rgbChannels('0072b2')).toEqual([0, 0x72, 0xb2]);
  });
  it('throws on anything else', () => {
    for (const bad of ['', '#12', '#12345', 'red', 'rgb(1,2,3)', '#gggggg']) expect(() => rgbChannels(bad), bad).toThrow(/not a #rgb/);
  });
});

describe('withoutControlChars', () => {
  it('drops C0/C1 controls (a terminal escape included), lone surrogates and U+FFFF; keeps tab, line breaks, CJK and emoji', () => {
    expect(withoutControlChars('福田\u001b[31m红\u009b2J\u0000\u007f\uffff\ud800x')).toBe('福田[31m红2Jx');
    expect(withoutControlChars('a\tb\nc\r\n🗺️ 八卦岭')).toBe('a\tb\nc\r\n🗺️ 八卦岭');
  });
});
