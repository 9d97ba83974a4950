/**
 * Loads pdf.js (the independent reader the PDF tests check exports with) in this machine's Node 20.
 * pdf.js 6 targets Node 22: it expects Promise.withResolvers and ArrayBuffer#transferToFixedLength.
 */
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (v: T) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
if (!('transferToFixedLength' in ArrayBuffer.prototype)) {
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

const ROOT = `${process.cwd()}/node_modules/pdfjs-dist`;

export async function openPdf(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: bytes,
    cMapUrl: `${ROOT}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${ROOT}/standard_fonts/`,
    useSystemFonts: false,
  }).promise;
  return { doc, OPS: pdfjs.OPS };
}

/** One page's text, joined (pdf.js splits runs per font). */
export async function pageText(doc: Awaited<ReturnType<typeof openPdf>>['doc'], pageNumber = 1): Promise<string> {
  const page = await doc.getPage(pageNumber);
  return (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
}
