/**
 * Renders a PDF with pdf.js in Chromium, on a canvas, as a reader's browser would: pdf.js from
 * this project's own node_modules, served by a route on a made-up origin (nothing leaves the
 * machine). Its worker runs in the page (pdf.js' fake worker) so its warnings reach the console.
 */
import fs from 'node:fs';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { Browser } from 'playwright-core';

const ORIGIN = 'http://pdfjs.test';
const BUILD = path.resolve('node_modules/pdfjs-dist/build');

export interface PdfRender {
  /** Everything pdf.js printed while loading and drawing, but the note that it runs without a worker thread. */
  messages: string[];
  width: number;
  height: number;
  /** Pixels that are not white: the page was drawn, not left blank. */
  inked: number;
}

export async function renderWithPdfjs(browser: Browser, bytes: Uint8Array): Promise<PdfRender> {
  const context = await browser.newContext();
  onTestFinished(() => context.close());
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    // No worker thread: pdf.js then runs its worker code in the page, where its console is ours.
    (window as unknown as { Worker?: unknown }).Worker = undefined;
  });
  await page.route(`${ORIGIN}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === '') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><canvas id="c"></canvas>' });
    if (!/^pdf(\.worker)?\.mjs$/.test(name)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(path.join(BUILD, name)) });
  });
  await page.goto(`${ORIGIN}/`);
  const result = await page.evaluate(
    async ({ origin, data }) => {
      // A dynamic import written as text: the test runner rewrites import() in this file's own code.
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<typeof import('pdfjs-dist')>;
      const pdfjs = await load(`${origin}/pdf.mjs`);
      pdfjs.GlobalWorkerOptions.workerSrc = `${origin}/pdf.worker.mjs`;
      const doc = await pdfjs.getDocument({ data: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) }).promise;
      const pdfPage = await doc.getPage(1);
      const viewport = pdfPage.getViewport({ scale: 1 });
      const canvas = document.getElementById('c') as HTMLCanvasElement;
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      await pdfPage.render({ canvas, canvasContext: ctx, viewport }).promise;
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 250 || (pixels[i + 1] ?? 255) < 250 || (pixels[i + 2] ?? 255) < 250) inked++;
      return { width: canvas.width, height: canvas.height, inked };
    },
    { origin: ORIGIN, data: Buffer.from(bytes).toString('base64') },
  );
  await context.close();
  return { ...result, messages: messages.filter((m) => !/Setting up fake worker/.test(m)) };
}
