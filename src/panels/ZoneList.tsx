/** Every zone as an accessible table that selects zones: the map's content without the map. */
import { ZONES, zoneById } from '../content';
import { areaFigure } from '../geo/figures';
import { formatArea } from '../i18n/format';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';

export function ZoneList() {
  const lang = useAtlasStore((s) => s.lang);
  const zoneGeo = useAtlasStore((s) => s.zoneGeo);
  const selectedId = useAtlasStore((s) => s.selectedZoneId);
  const selectZone = useAtlasStore((s) => s.selectZone);
  const m = messagesFor(lang);
  return (
    <table className="zone-list">
      <caption>{m.zoneList.title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.zoneList.name}</th>
          <th scope="col">{m.zoneList.kind}</th>
          <th scope="col">{m.zoneList.area}</th>
          <th scope="col">{m.zoneList.memberOf}</th>
          <th scope="col">{m.zoneList.role}</th>
        </tr>
      </thead>
      <tbody>
        {ZONES.map((zone) => {
          const geo = zoneGeo?.get(zone.id);
          const hasArea = geo && (geo.geometry.type === 'Polygon' || geo.geometry.type === 'MultiPolygon');
          return (
            <tr key={zone.id} data-zone-id={zone.id} aria-current={zone.id === selectedId ? 'true' : undefined}>
              <th scope="row">
                <button type="button" className="zone-link" onClick={() => selectZone(zone.id, 'list', { frame: true })}>
                  {zone.name[lang]}
                </button>
              </th>
              <td>{m.kinds[zone.kind]}</td>
              <td className="num">{hasArea ? formatArea(areaFigure(geo.areaKm2, geo.perimeterKm, geo.accuracyM), lang) : '—'}</td>
              <td>
                {zone.memberOf?.map((id) => zoneById(id).name[lang]).join(lang === 'zh' ? '、' : ', ')}
                {zone.radiatedBy && m.zoneList.radiatedBy(zone.radiatedBy.map((id) => zoneById(id).name[lang]).join(lang === 'zh' ? '、' : ', '))}
              </td>
              <td>{zone.role.text[lang]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
