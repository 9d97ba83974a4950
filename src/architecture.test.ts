/**
 * The folder structure as rules a change cannot quietly break: what each capability may import,
 * and the casts that hide a wrong type. Imports are read from the source text of every app file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports (static `import … from`, `export … from`, bare `import '…'` and dynamic `import()`). */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  return found;
}

/** The top folder under src/ a relative import lands in, or the package's name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(SRC, resolve(dirname(file), spec)).split('/')[0];
}

const files = sourceFiles(SRC);
const folderOf = (file: string) => relative(SRC, file).split('/')[0];

function importsInto(from: (folder: string) => boolean, into: (target: string) => boolean): string[] {
  return files
    .filter((f) => from(folderOf(f)))
    .flatMap((f) =>
      importsOf(readFileSync(f, 'utf8'))
        .filter((spec) => into(target(f, spec)))
        .map((spec) => `${relative(SRC, f)} → ${spec}`),
    );
}

describe('architecture', () => {
  it('reads imports of every form, so the rules below cannot pass by missing them', () => {
    const text = "import { a } from '../export/run';\nimport type { B } from \"../panels/x\";\nexport { c } from './c';\nconst m = await import('../export/vector/runVector');\nimport './side-effect.css';";
    expect(importsOf(text)).toEqual(['../export/run', '../panels/x', './c', '../export/vector/runVector', './side-effect.css']);
    expect(files.length).toBeGreaterThan(100);
    // The rule does see an import across the boundary where one exists (export → map).
    expect(importsInto((f) => f === 'export', (t) => t === 'map').length).toBeGreaterThan(0);
  });

  it('src/map imports nothing from src/export or src/panels: the export asks the map through its probe', () => {
    expect(importsInto((f) => f === 'map', (t) => t === 'export' || t === 'panels')).toEqual([]);
  });

  it('maplibre-gl is imported only inside src/map', () => {
    expect(importsInto((f) => f !== 'map', (t) => t === 'maplibre-gl' || t.startsWith('maplibre-gl/'))).toEqual([]);
  });

  it('pure folders (geo, zones, encoding) import no React, no map, no panel and no store', () => {
    expect(importsInto((f) => ['geo', 'zones', 'encoding'].includes(f), (t) => ['react', 'react-dom', 'maplibre-gl', 'map', 'panels', 'state'].includes(t))).toEqual([]);
  });

  it('the URL codec, the export and the layer definitions import no panel and no React', () => {
    expect(importsInto((f) => ['url', 'export', 'layers'].includes(f), (t) => ['panels', 'react', 'react-dom'].includes(t))).toEqual([]);
  });

  it('app code has no `as unknown as` or `as never` cast: outside input is checked by a guard or a validated parse', () => {
    const offending = files.filter((f) => /\bas (unknown as|never)\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(offending).toEqual([]);
  });
});
