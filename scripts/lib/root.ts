import path from 'node:path';

/** The repository's root: scripts read and write data/ relative to it, never to the working directory. */
export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
