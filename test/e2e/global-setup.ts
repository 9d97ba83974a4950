/**
 * Builds the production bundle once and serves it with `vite preview` on a free loopback port.
 * Browser tests read the address through vitest's inject('baseUrl').
 */
import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';
import { compressDist } from '../../scripts/compress-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.ATLAS_SKIP_BUILD !== '1') await buildForProduction();
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}

/**
 * Vitest sets NODE_ENV=test, and Vite builds for production only when NODE_ENV is `production`:
 * left alone, the tests would run React's development build (StrictMode mounting every effect
 * twice, the map included), not what `npm run build` ships.
 */
async function buildForProduction() {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn' });
    // As `npm run build` does: the nginx test serves these precompressed files.
    compressDist();
  } finally {
    // Assigning undefined would store the string "undefined".
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
