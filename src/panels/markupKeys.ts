/**
 * The markup tool's keys (listed in the shortcuts help, src/panels/ShortcutsPanel.tsx): M opens
 * and closes it; with it open, a letter picks a mode, Space adds a vertex at the map's centre (when
 * the map has the focus), Delete removes the selected shape; Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) undo
 * and redo anywhere outside a text box (while drawing, undo takes back the last vertex).
 * `?` opens the shortcuts help.
 */
import { useEffect } from 'react';
import { MARKUP_MODE_KEYS } from '../markup/messages';
import type { MarkupMode } from '../state/markup';
import { useAtlasStore } from '../state/store';

const MODE_BY_KEY = new Map(Object.entries(MARKUP_MODE_KEYS).map(([mode, key]) => [key, mode as MarkupMode]));

export function useMarkupKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const s = useAtlasStore.getState();
      if (s.presenting || s.embed) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && ['z', 'Z', 'y', 'Y'].includes(e.key)) {
        // In a text box, the box's own undo.
        if (typing || (!s.markupOpen && s.markupPast.length === 0 && s.markupFuture.length === 0)) return;
        e.preventDefault();
        if (e.key === 'y' || e.key === 'Y' || e.shiftKey) s.redoMarkup();
        else if (s.markupPort?.isDrawing()) s.markupPort.undoVertex();
        else s.undoMarkup();
        return;
      }
      if (typing || mod || e.altKey) return;
      if (e.key === '?') {
        e.preventDefault();
        s.setDrawer(s.drawer === 'shortcuts' ? null : 'shortcuts');
        return;
      }
      if (e.key === 'm' || e.key === 'M') {
        e.preventDefault();
        if (s.markupOpen) s.closeMarkup();
        else s.openMarkup();
        return;
      }
      if (!s.markupOpen) return;
      const mode = MODE_BY_KEY.get(e.key.toUpperCase());
      if (mode) {
        e.preventDefault();
        s.setMarkupMode(mode);
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && s.markupSelectedId) {
        e.preventDefault();
        s.removeMarkupShape(s.markupSelectedId);
      } else if (e.key === ' ' && s.markupMode && s.markupMode !== 'select' && target?.classList.contains('maplibregl-canvas')) {
        e.preventDefault();
        s.markupPort?.clickAtCentre();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
