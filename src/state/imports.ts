import type { FeatureCollection } from 'geojson';
import type { StateCreator } from 'zustand';

/** A planner's own GeoJSON layer: kept in this browser (localStorage), never in the bundled data. */
export interface ImportedLayer {
  id: string;
  name: string;
  color: string;
  collection: FeatureCollection;
}

export interface ImportsSlice {
  importedLayers: ImportedLayer[];
  addImportedLayer: (name: string, collection: FeatureCollection) => ImportedLayer;
  removeImportedLayer: (id: string) => void;
  setImportedLayers: (layers: ImportedLayer[]) => void;
}

/** Dark colours none of the plan's layers use, so a planner's data never reads as part of the plan. */
const IMPORT_COLORS = ['#6a3d9a', '#b15928', '#1f78b4', '#33a02c'];

export const createImportsSlice: StateCreator<ImportsSlice, [], [], ImportsSlice> = (set, get) => ({
  importedLayers: [],
  addImportedLayer: (name, collection) => {
    const existing = get().importedLayers;
    const n = existing.length;
    const layer: ImportedLayer = { id: `import-${Date.now().toString(36)}-${n}`, name: name.slice(0, 80), color: IMPORT_COLORS[n % IMPORT_COLORS.length], collection };
    set({ importedLayers: [...existing, layer] });
    return layer;
  },
  removeImportedLayer: (id) => set((s) => ({ importedLayers: s.importedLayers.filter((l) => l.id !== id) })),
  setImportedLayers: (importedLayers) => set({ importedLayers }),
});
