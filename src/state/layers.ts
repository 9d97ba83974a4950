import type { StateCreator } from 'zustand';
import { DEFAULT_OPACITY, DEFAULT_VISIBILITY, type Opacity, type Visibility } from '../layers/toggles';

export interface LayersSlice {
  visibility: Visibility;
  opacity: Opacity;
  setVisible: (toggleId: string, visible: boolean) => void;
  /** 0–1; values outside are clamped. */
  setOpacity: (toggleId: string, opacity: number) => void;
  setLayers: (visibility: Visibility, opacity: Opacity) => void;
}

export const createLayersSlice: StateCreator<LayersSlice, [], [], LayersSlice> = (set) => ({
  visibility: DEFAULT_VISIBILITY,
  opacity: DEFAULT_OPACITY,
  setVisible: (id, visible) => set((s) => (id in s.visibility ? { visibility: { ...s.visibility, [id]: visible } } : s)),
  setOpacity: (id, opacity) =>
    set((s) => (id in s.opacity && Number.isFinite(opacity) ? { opacity: { ...s.opacity, [id]: Math.min(1, Math.max(0, opacity)) } } : s)),
  setLayers: (visibility, opacity) => set({ visibility: { ...DEFAULT_VISIBILITY, ...visibility }, opacity: { ...DEFAULT_OPACITY, ...opacity } }),
});
