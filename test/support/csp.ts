/**
 * The strict Content Security Policy the README tells hosts to send, and the browser test serves.
 * No inline script, no eval, no inline style; data only from the Atlas' own origin.
 * `frame-ancestors` says who may embed the Atlas: `*` here; a host should list its own sites.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');
