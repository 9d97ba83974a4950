import type { FeatureCollection } from 'geojson';
import type { StateCreator } from 'zustand';
import type { AttributeStyle } from '../layers/attributeStyle';

/** A planner's own GeoJSON layer: kept in this browser (localStorage), never in the bundled data. */
export interface ImportedLayer {
  id: string;
  name: string;
  color: string;
  collection: FeatureCollection;
  /** Coloured by an attribute (src/layers/attributeStyle.ts); absent or null: one colour. */
  styleBy?: AttributeStyle | null;
  /** Labelled by an attribute. */
  labelBy?: string | null;
}

/** A file being read off the main thread (a Shapefile), and what it waits for. */
export interface ImportTask {
  name: string;
  phase: 'reading' | 'checking';
  cancel: () => void;
}

/** A projected file without a .prj: the systems that land it in Shenzhen, for the planner to pick. */
export interface CrsRequest {
  file: File;
  names: string[];
  /** A CSV's coordinate columns already picked. */
  columns?: { x: string; y: string };
  candidates: Array<{ id: string; name: { zh: string; en: string }; accuracyM: number; centre: [number, number] }>;
}

/** A CSV whose coordinate columns are not named as such: its columns, for the planner to pick. */
export interface ColumnRequest {
  file: File;
  columns: string[];
}

export interface ImportsSlice {
  columnRequest: ColumnRequest | null;
  setColumnRequest: (request: ColumnRequest | null) => void;
  /** The imported layer whose attribute table is open, and the feature picked in it (its index). */
  tableLayer: string | null;
  pickedFeature: { layer: string; index: number } | null;
  openTable: (layer: string | null) => void;
  pickFeature: (pick: { layer: string; index: number } | null) => void;
  importTask: ImportTask | null;
  crsRequest: CrsRequest | null;
  setImportTask: (task: ImportTask | null) => void;
  setCrsRequest: (request: CrsRequest | null) => void;
  importedLayers: ImportedLayer[];
  /** The last number used in an imported layer's id. */
  importSeq: number;
  addImportedLayer: (name: string, collection: FeatureCollection) => ImportedLayer;
  removeImportedLayer: (id: string) => void;
  styleImportedLayer: (id: string, patch: Pick<ImportedLayer, 'styleBy'> | Pick<ImportedLayer, 'labelBy'>) => void;
  /** Replaces every imported layer (restored from storage, or none); ids are given here. */
  setImportedLayers: (layers: Array<Omit<ImportedLayer, 'id'>>) => void;
}

/**
 * Imported layers' ids are the Atlas' own, never the file's or storage's: `import-<n>`, a
 * namespace no Atlas source or layer uses, so an import can never replace or shadow the plan.
 */
export const IMPORT_ID_PREFIX = 'import-';
const importId = (n: number) => `${IMPORT_ID_PREFIX}${n}`;

/** Dark colours none of the plan's layers use, so a planner's data never reads as part of the plan. */
const IMPORT_COLORS = ['#6a3d9a', '#b15928', '#1f78b4', '#33a02c'];

export const createImportsSlice: StateCreator<ImportsSlice, [], [], ImportsSlice> = (set, get) => ({
  columnRequest: null,
  setColumnRequest: (request) => set({ columnRequest: request }),
  tableLayer: null,
  pickedFeature: null,
  openTable: (layer) => set({ tableLayer: layer, pickedFeature: null }),
  pickFeature: (pick) => set({ pickedFeature: pick }),
  importTask: null,
  crsRequest: null,
  setImportTask: (task) => set({ importTask: task }),
  setCrsRequest: (request) => set({ crsRequest: request }),
  importedLayers: [],
  importSeq: 0,
  addImportedLayer: (name, collection) => {
    const { importedLayers, importSeq } = get();
    const n = importedLayers.length;
    const layer: ImportedLayer = { id: importId(importSeq + 1), name: name.slice(0, 80), color: IMPORT_COLORS[n % IMPORT_COLORS.length], collection };
    set({ importedLayers: [...importedLayers, layer], importSeq: importSeq + 1 });
    return layer;
  },
  removeImportedLayer: (id) =>
    set((s) => ({
      importedLayers: s.importedLayers.filter((l) => l.id !== id),
      tableLayer: s.tableLayer === id ? null : s.tableLayer,
      pickedFeature: s.pickedFeature?.layer === id ? null : s.pickedFeature,
    })),
  styleImportedLayer: (id, patch) => set((s) => ({ importedLayers: s.importedLayers.map((l) => (l.id === id ? { ...l, ...patch } : l)) })),
  setImportedLayers: (layers) => {
    const start = get().importSeq;
    set({ importedLayers: layers.map((l, i) => ({ ...l, id: importId(start + i + 1) })), importSeq: start + layers.length });
  },
});
