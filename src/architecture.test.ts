/**
 * The folder structure as rules a change cannot quietly break: what each capability may import,
 * the casts that hide a wrong type, and the README's drawing of it. Imports are read from the
 * source text of every app file (scripts/structure/imports.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { folderGraph, type ImportEdge, importEdges, importsOf, SRC, sourceFiles } from '../scripts/structure/imports';

const files = sourceFiles();
const edges = importEdges(files);

const crossing = (from: (folder: string) => boolean, to: (target: string) => boolean) =>
  edges.filter((e: ImportEdge) => from(e.from) && to(e.to)).map((e) => `${e.file} → ${e.spec}`);

describe('architecture', () => {
  it('reads imports of every form, so the rules below cannot pass by missing them', () => {
    const text = "import { a } from '../export/run';\nimport type { B } from \"../panels/x\";\nexport { c } from './c';\nconst m = await import('../export/vector/runVector');\nimport './side-effect.css';";
    expect(importsOf(text)).toEqual(['../export/run', '../panels/x', './c', '../export/vector/runVector', './side-effect.css']);
    expect(files.length).toBeGreaterThan(100);
    // The rule does see an import across the boundary where one exists (export → map).
    expect(crossing((f) => f === 'export', (t) => t === 'map').length).toBeGreaterThan(0);
  });

  it('src/map imports nothing from src/export or src/panels: the export asks the map through its probe', () => {
    expect(crossing((f) => f === 'map', (t) => t === 'export' || t === 'panels')).toEqual([]);
  });

  it('maplibre-gl and terra-draw (its drawing tool) are imported only inside src/map', () => {
    expect(crossing((f) => f !== 'map', (t) => t === 'maplibre-gl' || t.startsWith('maplibre-gl/'))).toEqual([]);
    expect(crossing((f) => f !== 'map', (t) => t.startsWith('terra-draw'))).toEqual([]);
    // The rule does see terra-draw where it is imported.
    expect(crossing((f) => f === 'map', (t) => t.startsWith('terra-draw')).length).toBeGreaterThan(0);
  });

  it('pure folders (geo, zones, encoding, markup) import no React, no map, no panel and no store', () => {
    expect(crossing((f) => ['geo', 'zones', 'encoding', 'markup'].includes(f), (t) => ['react', 'react-dom', 'maplibre-gl', 'map', 'panels', 'state'].includes(t))).toEqual([]);
  });

  it('the URL codec, the export, the briefing documents and decks, and the layer definitions import no panel and no React', () => {
    expect(crossing((f) => ['url', 'export', 'briefing', 'layers'].includes(f), (t) => ['panels', 'react', 'react-dom'].includes(t))).toEqual([]);
  });

  it('app code has no `as unknown as` or `as never` cast: outside input is checked by a guard or a validated parse', () => {
    const offending = files.filter((f) => /\bas (unknown as|never)\b/.test(readFileSync(f, 'utf8'))).map((f) => f.slice(SRC.length + 1));
    expect(offending).toEqual([]);
  });

  it('the README draws the structure as it is (npm run structure prints it)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const drawn = /```mermaid\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(drawn).toBe(folderGraph(edges, files));
    expect(drawn).not.toMatch(/map --> (export|panels)/);
  });
});
