/** The two readers of shpjs the Atlas uses (the package ships no types). */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, untransformed when `prj` is false. */
  export function parseShp(shp: DataView | ArrayBuffer | Uint8Array, prj?: string | false): Geometry[];
  /** Records of a .dbf, strings decoded with the .cpg's encoding (UTF-8 without one). */
  export function parseDbf(dbf: DataView | ArrayBuffer | Uint8Array, cpg?: string): Array<Record<string, unknown>>;
}
