/**
 * The browser's localStorage, as every saved preference, drawing, briefing and layer reaches it.
 * Storage may be refused outright (a cross-site embed with third-party storage blocked, "block
 * site data", some private modes): the Atlas then works without it.
 */

/** The browser's storage, or null where the browser refuses it (reading `localStorage` throws). */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem('futian-atlas:probe');
    return storage;
  } catch {
    return null;
  }
}

/** The browser's "storage full" (DOMException 22 in older engines): told apart from storage refused. */
export const isQuotaError = (error: unknown) => error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
