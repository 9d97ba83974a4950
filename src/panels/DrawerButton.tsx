import type { ReactNode } from 'react';
import type { Drawer } from '../state/ui';
import { useAtlasStore } from '../state/store';

/** A button that opens one side drawer (and closes it when pressed again). */
export function DrawerButton({ drawer, children }: { drawer: Exclude<Drawer, null>; children: ReactNode }) {
  const open = useAtlasStore((s) => s.drawer === drawer);
  const setDrawer = useAtlasStore((s) => s.setDrawer);
  return (
    <button type="button" aria-pressed={open} onClick={() => setDrawer(open ? null : drawer)}>
      {children}
    </button>
  );
}
