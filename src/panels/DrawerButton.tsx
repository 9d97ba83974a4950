import { type ReactNode, useLayoutEffect, useRef } from 'react';
import type { Drawer } from '../state/ui';
import { useAtlasStore } from '../state/store';

/**
 * A button that opens one side drawer (and closes it when pressed again). When its drawer closes
 * and focus was inside it (or went with it, Esc having removed it), focus comes back here: a
 * keyboard user goes on from where they opened it, not from the top of the page.
 */
export function DrawerButton({ drawer, children }: { drawer: Exclude<Drawer, null>; children: ReactNode }) {
  const open = useAtlasStore((s) => s.drawer === drawer);
  const setDrawer = useAtlasStore((s) => s.setDrawer);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  // A layout effect: it runs as the drawer leaves the page, before anything else can take focus.
  useLayoutEffect(() => {
    if (wasOpen.current && !open) {
      const active = document.activeElement;
      if (active === null || active === document.body) button.current?.focus();
    }
    wasOpen.current = open;
  }, [open]);
  return (
    <button ref={button} type="button" aria-pressed={open} onClick={() => setDrawer(open ? null : drawer)}>
      {children}
    </button>
  );
}
