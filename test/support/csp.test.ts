import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP, cspFor } from './csp';

describe('the README’s Content Security Policies are the ones the browser tests serve', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  it.each(['offline', 'tianditu', 'osm', 'pmtiles'] as const)('%s', (basemap) => {
    expect(readme).toContain(`Content-Security-Policy: ${cspFor(basemap)}`);
  });
  it('adds hosts to connect-src only, and only for the online basemaps', () => {
    expect(cspFor('offline')).toBe(CSP);
    expect(cspFor('pmtiles')).toBe(CSP);
    expect(cspFor('tianditu')).toContain("connect-src 'self' https://*.tianditu.gov.cn;");
    expect(cspFor('tianditu').replace(' https://*.tianditu.gov.cn', '')).toBe(CSP);
  });
});
