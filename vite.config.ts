import license from 'rollup-plugin-license';
import { defineConfig } from 'vitest/config';
import { type BundledPackage, thirdPartyNotices } from './scripts/licenses/notices.ts';

// The import worker (Shapefile, CSV) is bundled by a build of its own: its packages are gathered
// here and listed with the page's in the one notices file (the worker is built first).
const workerPackages = new Map<string, BundledPackage>();
const withWorkerPackages = (packages: readonly BundledPackage[]) => {
  const all = new Map(packages.map((p) => [`${p.name}@${p.version}`, p]));
  for (const [key, p] of workerPackages) if (!all.has(key)) all.set(key, p);
  return thirdPartyNotices([...all.values()].sort((a, b) => String(a.name).localeCompare(String(b.name))));
};

// `base: './'` keeps the build relocatable: the static files work from any sub-path or file host.
export default defineConfig({
  base: './',
  plugins: [
    // dist/third-party-notices.txt: the name, version, licence and licence text of every package
    // whose code is bundled into dist/, written by each build (the About dialog links it).
    { ...license({ thirdParty: { includePrivate: false, output: { file: 'dist/third-party-notices.txt', template: withWorkerPackages } } }), apply: 'build' },
  ],
  worker: {
    plugins: () => [
      license({
        thirdParty: {
          includePrivate: false,
          output: (packages: readonly BundledPackage[]) => {
            for (const p of packages) workerPackages.set(`${p.name}@${p.version}`, p);
          },
        },
      }),
    ],
  },
  build: {
    target: 'es2022',
    // Source maps publish the whole source tree: off unless asked for (ATLAS_SOURCEMAP=1) to debug.
    sourcemap: process.env.ATLAS_SOURCEMAP === '1',
    // maplibre-gl 6 alone is ~1.1 MB minified and the app adds ~0.45 MB: one 1.5 MB entry chunk.
    // A chunk of maplibre's own was measured and not kept: time to idle 1.31 and 1.34 × the
    // floor against 1.24 and 1.29 in one chunk (npm run bench, same machine). The limit says so.
    chunkSizeWarningLimit: 1600,
    // Never inline assets as data: URLs: the GeoJSON stays a same-origin file (a strict CSP's
    // connect-src 'self' covers it) and the browser caches it once for the map and the panels.
    assetsInlineLimit: 0,
    // Rolldown's PLUGIN_TIMINGS check warns when JavaScript plugin hooks take a large share of a
    // build over 3 s: on this 2-core machine under load it fires for Vite's own asset and CSS
    // plugins, which nothing here can speed up. Build times are watched by npm run bench instead.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // Preact's React layer in place of react-dom (~55 KB gzip less in the first paint; see the README,
  // "Speed"): the components are written against React's API and type-checked with its types; Vite
  // compiles their JSX itself (tsconfig's react-jsx, whose runtime the alias points at Preact's).
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'test/support/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // zustand imports `react`: run through Vite like the app's own code, so the alias to Preact applies.
          server: { deps: { inline: ['zustand'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // Bounds that end a hung test, not speed targets (those live in npm run bench): software GL
          // on two cores with another process busy took 60 s for a test that takes 30 s alone.
          testTimeout: 150_000,
          hookTimeout: 150_000,
          // expect.poll waits for a state, not a time: vitest's default gives up after 1 s, which a
          // language switch's re-placement on software GL exceeds on a busy machine. A poll still
          // returns the moment its state holds; only a failing one waits this long.
          expect: { poll: { timeout: 30_000 } },
          // One browser file at a time. Two at a time (each its own Chromium) was measured and not
          // kept: SwiftShader is CPU-bound on this 2-core machine, so each file took twice as long
          // (export 121 → 256 s, basemaps 99 → 199 s) and the suite was no faster.
          fileParallelism: false,
        },
      },
    ],
  },
});
