import { zoneById } from '../content';
import type { Lang } from '../i18n';
import { useAtlasStore } from '../state/store';
import type { ZoneId } from '../zones/ids';

/** A link to another zone: selects it and frames it on the map (the click-through). */
export function ZoneLink({ id, lang }: { id: ZoneId; lang: Lang }) {
  const selectZone = useAtlasStore((s) => s.selectZone);
  return (
    <button type="button" className="zone-link" data-zone-id={id} onClick={() => selectZone(id, 'link', { frame: true })}>
      {zoneById(id).name[lang]}
    </button>
  );
}
