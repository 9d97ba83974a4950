/**
 * Loads pdf.js (the independent reader the PDF tests check exports with) in Node. pdf.js 5.6 is the
 * last line that declares Node 20.19 (6.x needs Node 22.13: Promise.withResolvers and more).
 */
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
