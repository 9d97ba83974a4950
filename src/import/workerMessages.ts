/** What the page and the import worker (src/import/importWorker.ts) say to each other. */
import type { FeatureCollection } from 'geojson';
import type { CrsDef } from './crs';
import type { ImportProblem, ImportWarningKind } from './validateImport';

export interface WorkerRequest {
  bytes: ArrayBuffer;
  format: 'shapefile' | 'csv';
  name: string;
  /** The system the planner picked for a file without .prj. */
  crs?: string;
  /** A CSV's coordinate columns, picked by the planner. */
  columns?: { x: string; y: string };
}

export interface WorkerLayer {
  name: string;
  crs: string | null;
  encoding: string;
  /** null when no feature passed the checks. */
  collection: FeatureCollection | null;
  problems: ImportProblem[];
  problemCount: number;
  warnings: ImportWarningKind[];
}

export type WorkerReply =
  | { kind: 'progress'; phase: 'reading' | 'checking' }
  | { kind: 'layers'; layers: WorkerLayer[] }
  | { kind: 'needsCrs'; names: string[]; candidates: Array<CrsDef & { centre: [number, number] }> }
  | { kind: 'needsColumns'; name: string; columns: string[] }
  | { kind: 'refused'; reason: 'notZip' | 'noShp' | 'tooLarge' | 'unknownCrs' | 'damaged'; detail?: string };
