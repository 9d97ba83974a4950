/**
 * Which layer group each drawn style layer belongs to in a vector file: the layer definition it
 * comes from (一核, 三带, 道路, an imported file …), named as the layer panel names it, with its
 * labels as a group of their own (labels are drawn above every line and fill).
 */
import type { Lang } from '../../i18n';
import { importedLayerDef } from '../../layers/imported';
import { LAYERS } from '../../layers/registry';
import type { LayerDef } from '../../layers/types';
import type { ImportedLayer } from '../../state/imports';

export interface GroupRef {
  id: string;
  name: string;
}

export function sceneGroups(lang: Lang, imported: readonly ImportedLayer[], labelsName: (name: string) => string): (styleLayerId: string, labels: boolean) => GroupRef {
  const defs: LayerDef[] = [...LAYERS, ...imported.map(importedLayerDef)];
  const byStyleLayer = new Map<string, LayerDef>();
  for (const def of defs) for (const layer of def.style) byStyleLayer.set(layer.id, def);
  return (styleLayerId, labels) => {
    // A casing (white line under a line, over imagery) belongs with its line.
    const def = byStyleLayer.get(styleLayerId) ?? byStyleLayer.get(styleLayerId.replace(/-casing$/, ''));
    const id = def ? def.id : 'other';
    const name = def ? def.title[lang] : lang === 'zh' ? '其他' : 'Other';
    return labels ? { id: `${id}-labels`, name: labelsName(name) } : { id, name };
  };
}
