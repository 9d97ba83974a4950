/**
 * After `vite build`: writes a .gz and a .br beside every text file in dist/, so a static server
 * sends them precompressed (deploy/nginx.conf: gzip_static, brotli_static) at maximum ratio and
 * no CPU per request. Binary and already-compressed files are left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT } from './lib/root';

const TEXT = /\.(html|js|mjs|css|json|geojson|svg|txt|webmanifest)$/;
/** Below this, compression saves less than the extra request headers cost. */
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/** Compresses every text file under `dir`; returns how many. */
export function compressDist(dir = path.join(ROOT, 'dist')): number {
  let count = 0;
  for (const file of files(dir)) {
    if (!TEXT.test(file)) continue;
    const data = fs.readFileSync(file);
    if (data.length < MIN_BYTES) continue;
    fs.writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    fs.writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    count++;
  }
  return count;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(`compress-dist: wrote .gz and .br for ${compressDist()} files`);
}
