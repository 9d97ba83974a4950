import { describe, expect, it } from 'vitest';
import { type BundledPackage, noticesText, SHIPPED_DATA, thirdPartyNotices } from './notices';

const pkg = (name: string, version: string, license: string | null, licenseText: string | null = null): BundledPackage => ({
  name,
  version,
  license,
  licenseText,
  noticeText: null,
  repository: { url: `https://example.org/${name}` },
  homepage: null,
});

describe('third-party notices', () => {
  const files = new Map([['data/fonts/OFL.txt', 'SIL OPEN FONT LICENSE Version 1.1 (test copy)']]);
  const read = (file: string) => files.get(file) ?? '';

  it('lists each bundled package once, sorted by name, with its licence text', () => {
    const text = noticesText([pkg('zustand', '5.1.0', 'MIT', 'MIT zustand text'), pkg('react', '19.3.1', 'MIT', 'MIT react text'), pkg('zustand', '5.1.0', 'MIT', 'MIT zustand text')], read);
    expect(text).toContain('bundles code from 2 packages');
    expect(text.indexOf('react 19.3.1 — MIT')).toBeGreaterThan(0);
    expect(text.indexOf('react 19.3.1 — MIT')).toBeLessThan(text.indexOf('zustand 5.1.0 — MIT'));
    expect(text.match(/zustand 5\.1\.0/g)).toHaveLength(1);
    expect(text).toContain('MIT react text');
    expect(text).toContain('https://example.org/react');
  });

  it('says so when a package ships no licence file, rather than leaving it out', () => {
    const text = noticesText([pkg('pmtiles', '4.5.0', 'BSD-3-Clause')], read);
    expect(text).toContain('pmtiles 4.5.0 — BSD-3-Clause');
    expect(text).toContain('ships no licence file; its package.json declares: BSD-3-Clause');
  });

  it('states the terms of the shipped data (ODbL for OpenStreetMap-derived land) and carries the font’s licence text', () => {
    const text = noticesText([], read);
    expect(text).toContain('© OpenStreetMap contributors, Open Database License (ODbL) 1.0');
    expect(text).toContain('SIL Open Font License 1.1');
    expect(text).toContain('SIL OPEN FONT LICENSE Version 1.1 (test copy)');
    for (const d of SHIPPED_DATA) expect(text).toContain(d.what);
  });

  it('reads the real font licence from the repository (the build’s template)', () => {
    expect(thirdPartyNotices([])).toMatch(/SIL OPEN FONT LICENSE Version 1\.1/);
  });
});
