let keyCounter = 0;

/**
 * A key unique in this page, for steps, shapes and documents (crypto.randomUUID needs a secure
 * context; a plain-http office server is not one). Apart from the modules that use it: markup's
 * schema and the briefing document import each other's neighbours, and a shared key maker in
 * either made an import cycle that broke the dev server (an ES module read before it ran).
 */
export function newKey(prefix = 's'): string {
  keyCounter += 1;
  return `${prefix}${Date.now().toString(36)}${keyCounter.toString(36)}`;
}
