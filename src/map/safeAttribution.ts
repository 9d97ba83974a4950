/**
 * A basemap's attribution comes from outside (a style named in a link, a deployment's PMTiles
 * entry) and maplibre's attribution control writes it as HTML. Before it gets there it is
 * sanitised with DOMPurify, keeping only text and links to http(s) addresses: no image (a
 * tracking pixel), no style, no handler, whatever the page's CSP.
 */
import DOMPurify from 'dompurify';

const ONLY_HTTP_LINKS = { ALLOWED_TAGS: ['a'], ALLOWED_ATTR: ['href'], ALLOWED_URI_REGEXP: /^https?:\/\//i, KEEP_CONTENT: true };

/** The attribution as HTML that holds only text and http(s) links. */
export function safeAttribution(html: string): string {
  // Without a DOM (Node, a worker) DOMPurify returns its input untouched: keep the text only.
  if (!DOMPurify.isSupported) return html.replace(/<[^>]*>?/g, '').replace(/[<>"]/g, '');
  return DOMPurify.sanitize(html, ONLY_HTTP_LINKS);
}

/** The same style with every source's attribution made safe. */
export function withSafeAttributions<T extends { sources: Record<string, object> }>(style: T): T {
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, source]) => [id, 'attribution' in source && typeof source.attribution === 'string' ? { ...source, attribution: safeAttribution(source.attribution) } : source]),
  );
  return { ...style, sources };
}
