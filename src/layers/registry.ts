/** Every source and layer the Atlas draws, in drawing order. The map, legend and layer panel read this. */
import { BASEMAP_LAYERS, BASEMAP_SOURCES } from './basemap';
import type { LayerDef, SourceDef } from './types';

export const SOURCES: readonly SourceDef[] = [...BASEMAP_SOURCES];
export const LAYERS: readonly LayerDef[] = [...BASEMAP_LAYERS];

export function sourceById(id: string): SourceDef {
  const source = SOURCES.find((s) => s.id === id);
  if (!source) throw new Error(`layer registry: unknown source "${id}"`);
  return source;
}
