/**
 * Deployment, tested rather than described: Debian's nginx serves the production build with
 * deploy/nginx.conf (only `listen` and `root` changed) on a loopback port, and the Atlas is
 * loaded, used, exported and embedded through it with no Content-Security-Policy violation.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const DIST = path.resolve('dist');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

let browser: Browser;
let nginx: ChildProcess;
let dir = '';
let ORIGIN = '';

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** deploy/nginx.conf inside a minimal main config of the test's own (pid, logs and temp files in a temp dir). */
function mainConfig(port: number): string {
  const site = fs
    .readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/srv\/futian-atlas;/, `root ${DIST};`);
  if (site.includes('listen 80;') || !site.includes(`root ${DIST};`)) throw new Error('deploy/nginx.conf changed shape: update the test');
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return [
    'daemon off;',
    'user root;',
    'worker_processes 1;',
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
    `load_module ${BROTLI_MODULE};`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
    site,
    '}',
  ].join('\n');
}

beforeAll(async () => {
  if (!fs.existsSync('/usr/sbin/nginx') || !fs.existsSync(BROTLI_MODULE)) throw new Error('nginx and its brotli module are needed: npm run setup:test installs them');
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('no dist/: the browser tests build it first');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-nginx-'));
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(port));
  execFileSync('/usr/sbin/nginx', ['-t', '-q', '-c', path.join(dir, 'nginx.conf'), '-p', dir]);
  nginx = spawn('/usr/sbin/nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  ORIGIN = `http://127.0.0.1:${port}`;
  // Until nginx answers (it starts in milliseconds; a busy machine may take seconds).
  let up = false;
  for (let i = 0; i < 600 && !up; i++) {
    up = await fetch(`${ORIGIN}/`).then(
      () => true,
      () => false,
    );
    if (!up) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!up) throw new Error(`nginx did not answer on ${ORIGIN} within 30 s`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGQUIT');
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const assets = () => fs.readdirSync(path.join(DIST, 'assets'));
const asset = (pattern: RegExp) => {
  const name = assets().find((f) => pattern.test(f));
  if (!name) throw new Error(`no asset like ${pattern}`);
  return `/assets/${name}`;
};

describe('deploy/nginx.conf', () => {
  it('sends the strict CSP with frame-ancestors, and never caches index.html', async () => {
    const response = await fetch(`${ORIGIN}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors *",
    );
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('caches hashed assets for a year and sends them precompressed (brotli, else gzip)', async () => {
    const script = asset(/^index-.*\.js$/);
    const br = await fetch(`${ORIGIN}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-security-policy')).toContain("default-src 'self'");
    const gz = await fetch(`${ORIGIN}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
  });

  it('serves the map worker module as JavaScript: Debian mime.types lacks .mjs', async () => {
    const worker = await fetch(`${ORIGIN}${asset(/^maplibre-gl-worker-.*\.mjs$/)}`);
    expect(worker.headers.get('content-type')).toBe('text/javascript');
  });

  it('serves GeoJSON as application/geo+json and answers range requests', async () => {
    const data = asset(/^futian-.*\.geojson$/);
    const whole = await fetch(`${ORIGIN}${data}`, { headers: { 'accept-encoding': 'identity' } });
    expect(whole.headers.get('content-type')).toBe('application/geo+json');
    const part = await fetch(`${ORIGIN}${data}`, { headers: { range: 'bytes=0-99', 'accept-encoding': 'identity' } });
    expect(part.status).toBe(206);
    expect((await part.arrayBuffer()).byteLength).toBe(100);
  });

  it('publishes no source maps', async () => {
    expect(assets().filter((f) => f.endsWith('.map'))).toEqual([]);
    expect((await fetch(`${ORIGIN}${asset(/^index-.*\.js$/)}.map`)).status).toBe(404);
  });

  it('loads, selects, exports and embeds through nginx with no CSP violation', async () => {
    const recordViolations = () => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    };
    const { page, consoleErrors, requests } = await openPage(browser, '', { url: `${ORIGIN}/?zone=bagualing`, initScript: recordViolations });
    await page.getByRole('dialog', { name: '八卦岭片区' }).waitFor();
    await page.waitForSelector('main[data-map-status="ready"]');
    const download = page.waitForEvent('download');
    await page.locator('nav.header-actions').getByRole('button', { name: '导出' }).click();
    await page.locator('.export-drawer button.primary').click();
    expect((await download).suggestedFilename()).toMatch(/^futian-atlas_bagualing_zh_\d{8}\.png$/);
    // A vector PDF: the font and the WebAssembly subsetter come through nginx under its CSP.
    await page.locator('.export-drawer input[value="pdf-vector"]').check();
    const vector = page.waitForEvent('download');
    await page.locator('.export-drawer button.primary').click();
    expect((await vector).suggestedFilename()).toMatch(/^futian-atlas_bagualing_zh_\d{8}_vector\.pdf$/);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(ORIGIN) && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();

    // Embedded by a briefing page on another site (localhost, not 127.0.0.1).
    const host = http.createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(fs.readFileSync('test/fixtures/embed-host.html', 'utf8'));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const HOST = `http://localhost:${(host.address() as AddressInfo).port}`;
    try {
      const src = `${ORIGIN}/?embed=1&host=${encodeURIComponent(HOST)}`;
      const embed = await openPage(browser, '', { url: `${HOST}/host.html?${new URLSearchParams({ src, w: '640', h: '480' })}`, initScript: recordViolations });
      await expect
        .poll(() => embed.page.evaluate(() => (window as unknown as { events: Array<{ type: string }> }).events.some((e) => e.type === 'futian-atlas:ready')), { timeout: 30_000 })
        .toBe(true);
      const frame = embed.page.frames().find((f) => f.url().startsWith(ORIGIN));
      expect(await frame?.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      await embed.page.context().close();
    } finally {
      await new Promise<void>((resolve) => host.close(() => resolve()));
    }
  });

  it('opens a 50-step briefing link in the older views= form, and an embed of it with host=, through nginx', async () => {
    const zones = ['hetao', 'bagualing', 'xiangmihu', 'meilin-caitian', 'jindi-shatou'];
    const steps = Array.from({ length: 50 }, (_, i) => ({
      title: { zh: `第${i + 1}步 ${zones[i % zones.length]}`, en: `Step ${i + 1}` },
      zone: zones[i % zones.length],
      layers: ['core', 'clusters'],
      view: { center: [114.05 + i * 0.0005, 22.53], zoom: 13, bearing: 0, pitch: 0 },
      notes: `讲解要点 ${i + 1}：${'产业空间与交通衔接。'.repeat(20)}`,
    }));
    const views = Buffer.from(JSON.stringify(steps)).toString('base64url');
    const query = `?v=1&views=${views}&step=0`;
    expect(query.length).toBeGreaterThan(30_000);
    // Past nginx's default 8 KB request line: the shipped config must take it.
    expect((await fetch(`${ORIGIN}/${query}`)).status).toBe(200);
    const { page, consoleErrors } = await openPage(browser, '', { url: `${ORIGIN}/${query}` });
    await expect.poll(() => page.locator('.briefing-bar [data-step-index]').textContent()).toBe('第 1/50 步 · 第1步 hetao');
    expect(consoleErrors).toEqual([]);
    const embed = `${ORIGIN}/?embed=1&host=${encodeURIComponent('https://briefings.example.org')}&v=1&views=${views}&step=49`;
    expect((await fetch(embed)).status).toBe(200);
    await page.goto(embed);
    await expect.poll(() => page.locator('.briefing-bar [data-step-index]').textContent()).toContain('50/50');
    expect(consoleErrors).toEqual([]);
  });
});
