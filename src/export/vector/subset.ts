/**
 * Cuts a font down to the characters one export prints, with HarfBuzz's subsetter compiled to
 * WebAssembly (harfbuzzjs' harfbuzz-subset.wasm: no imports, its own 64 MB memory). The result is
 * a complete OpenType font (cmap, metrics, CFF) that a PDF embeds and an SVG carries.
 */

interface SubsetExports {
  memory: WebAssembly.Memory;
  malloc: (size: number) => number;
  free: (ptr: number) => void;
  hb_blob_create: (data: number, length: number, mode: number, user: number, destroy: number) => number;
  hb_blob_destroy: (blob: number) => void;
  hb_blob_get_data: (blob: number, lengthPtr: number) => number;
  hb_face_create: (blob: number, index: number) => number;
  hb_face_destroy: (face: number) => void;
  hb_face_reference_blob: (face: number) => number;
  hb_set_add: (set: number, codePoint: number) => void;
  hb_subset_input_create_or_fail: () => number;
  hb_subset_input_destroy: (input: number) => void;
  hb_subset_input_unicode_set: (input: number) => number;
  hb_subset_or_fail: (face: number, input: number) => number;
}

const FUNCTIONS: ReadonlyArray<Exclude<keyof SubsetExports, 'memory'>> = [
  'malloc',
  'free',
  'hb_blob_create',
  'hb_blob_destroy',
  'hb_blob_get_data',
  'hb_face_create',
  'hb_face_destroy',
  'hb_face_reference_blob',
  'hb_set_add',
  'hb_subset_input_create_or_fail',
  'hb_subset_input_destroy',
  'hb_subset_input_unicode_set',
  'hb_subset_or_fail',
];

/** The module is the subsetter this code was written for: its memory and every function called here are there. */
function isSubsetExports(exports: WebAssembly.Exports): exports is WebAssembly.Exports & SubsetExports {
  return exports.memory instanceof WebAssembly.Memory && FUNCTIONS.every((name) => typeof exports[name] === 'function');
}

/** HB_MEMORY_MODE_WRITABLE: HarfBuzz may use the bytes in place (they are ours, in its memory). */
const MEMORY_MODE_WRITABLE = 2;

export type Subsetter = (font: Uint8Array, codePoints: Iterable<number>) => Uint8Array;

export async function createSubsetter(wasm: BufferSource | Response): Promise<Subsetter> {
  const { instance } = wasm instanceof Response ? await WebAssembly.instantiateStreaming(wasm) : await WebAssembly.instantiate(wasm);
  const hb = instance.exports;
  if (!isSubsetExports(hb)) throw new Error('font subsetter: the WebAssembly module lacks HarfBuzz’s subset functions');
  return (font, codePoints) => {
    const fontPtr = hb.malloc(font.byteLength);
    if (!fontPtr) throw new Error('font subsetter: out of memory for the font');
    new Uint8Array(hb.memory.buffer).set(font, fontPtr);
    const blob = hb.hb_blob_create(fontPtr, font.byteLength, MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) hb.hb_set_add(unicodes, cp);
    const subset = hb.hb_subset_or_fail(face, input);
    hb.hb_subset_input_destroy(input);
    try {
      if (!subset) throw new Error('font subsetter: HarfBuzz could not subset the font');
      const out = hb.hb_face_reference_blob(subset);
      const lengthPtr = hb.malloc(4);
      const data = hb.hb_blob_get_data(out, lengthPtr);
      const length = new DataView(hb.memory.buffer).getUint32(lengthPtr, true);
      // Copied out before anything is freed: HarfBuzz's memory is reused by the next call.
      const bytes = new Uint8Array(hb.memory.buffer, data, length).slice();
      hb.free(lengthPtr);
      hb.hb_blob_destroy(out);
      hb.hb_face_destroy(subset);
      return bytes;
    } finally {
      hb.hb_face_destroy(face);
      hb.free(fontPtr);
    }
  };
}
