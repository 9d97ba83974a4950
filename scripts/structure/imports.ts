/**
 * The app's structure read from its source: every import of every file under src/, and the
 * folder-level graph they make. The architecture test (src/architecture.test.ts) checks rules on
 * it; `npm run structure` draws it (README, "Development").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const SRC = resolve(import.meta.dirname, '../../src');

/** App source files (tests left out). */
export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports (static `import … from`, `export … from`, bare `import '…'` and dynamic `import()`). */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  for (const m of text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) found.push(m[1]);
  return found;
}

/** The top folder under src/ a file lies in ('' for files directly in src/). */
export function folderOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? parts[0] : '';
}

/** The top folder under src/ a relative import lands in, or the package's name. */
export function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const path = relative(SRC, resolve(dirname(file), spec));
  return path.startsWith('..') ? path : path.split('/').length > 1 ? path.split('/')[0] : '';
}

export interface ImportEdge {
  file: string;
  spec: string;
  from: string;
  to: string;
}

export function importEdges(files = sourceFiles()): ImportEdge[] {
  return files.flatMap((file) => importsOf(readFileSync(file, 'utf8')).map((spec) => ({ file: relative(SRC, file), spec, from: folderOf(file), to: target(file, spec) })));
}

/** Folder → folders it imports (inside src/ only, itself left out), as a Mermaid flowchart. */
export function folderGraph(edges: readonly ImportEdge[], files = sourceFiles()): string {
  const folders = new Set(files.map(folderOf).filter(Boolean));
  const pairs = new Set(edges.filter((e) => e.from && folders.has(e.to) && e.from !== e.to).map((e) => `${e.from} --> ${e.to}`));
  return ['flowchart LR', ...[...pairs].sort().map((p) => `  ${p}`)].join('\n');
}
