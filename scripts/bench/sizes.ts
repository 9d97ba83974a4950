/** Byte sizes of a build: initial JS (the entry and what it imports statically), lazy JS, CSS, data. */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

const sizeOf = (files: string[]): Size =>
  files.reduce(
    (acc, f) => {
      const buf = fs.readFileSync(f);
      return { raw: acc.raw + buf.length, gzip: acc.gzip + gzipSync(buf, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );

export function buildSizes(dist: string): Record<'initialJs' | 'lazyJs' | 'worker' | 'css' | 'data', Size> {
  const assets = fs.readdirSync(path.join(dist, 'assets')).map((f) => path.join(dist, 'assets', f));
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => path.join(dist, 'assets', m[1]));
  // Follow static imports from the entry; dynamic import() chunks count as lazy.
  const initial = new Set<string>();
  const queue = [...entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (initial.has(file)) continue;
    initial.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(path.join(dist, 'assets', m[1]));
  }
  const js = assets.filter((f) => f.endsWith('.js') && !f.includes('worker'));
  return {
    initialJs: sizeOf([...initial]),
    lazyJs: sizeOf(js.filter((f) => !initial.has(f))),
    worker: sizeOf(assets.filter((f) => /worker.*\.m?js$/.test(f))),
    css: sizeOf(assets.filter((f) => f.endsWith('.css'))),
    data: sizeOf(assets.filter((f) => f.endsWith('.geojson'))),
  };
}
