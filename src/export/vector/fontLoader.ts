/**
 * Fetches the font and HarfBuzz's subsetter when a vector export starts, never before: together
 * ~2.5 MB, which no other part of the Atlas needs. Both are files of the Atlas' own origin.
 */
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import fontUrl from '../../../data/fonts/NotoSansCJKsc-Atlas.otf?url';
import { ExportError } from '../errors';
import { createSubsetter, type Subsetter } from './subset';

export interface FontKit {
  full: Uint8Array;
  subset: Subsetter;
}

let loading: Promise<FontKit> | null = null;

async function fetchOk(url: string, signal: AbortSignal): Promise<Response> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

export function loadFontKit(signal: AbortSignal): Promise<FontKit> {
  loading ??= (async () => {
    const [font, wasm] = await Promise.all([fetchOk(fontUrl, signal), fetchOk(wasmUrl, signal)]);
    // A server that sends .wasm without its MIME type still works: compile from bytes then.
    const compile = wasm.headers.get('content-type')?.startsWith('application/wasm') ? createSubsetter(wasm) : wasm.arrayBuffer().then(createSubsetter);
    // A Content Security Policy without 'wasm-unsafe-eval' (or a browser without WebAssembly) refuses to compile it.
    const subset = await compile.catch((error: unknown) => {
      throw new ExportError('wasm', error instanceof Error ? error.message : String(error));
    });
    return { full: new Uint8Array(await font.arrayBuffer()), subset };
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
