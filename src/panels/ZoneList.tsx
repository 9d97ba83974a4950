/** Every zone as an accessible table: the map's content without the map. */
import { ZONES, zoneById } from '../content';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';

export function ZoneList() {
  const lang = useAtlasStore((s) => s.lang);
  const m = messagesFor(lang);
  return (
    <table className="zone-list">
      <caption>{m.zoneList.title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.zoneList.name}</th>
          <th scope="col">{m.zoneList.kind}</th>
          <th scope="col">{m.zoneList.memberOf}</th>
          <th scope="col">{m.zoneList.role}</th>
        </tr>
      </thead>
      <tbody>
        {ZONES.map((zone) => (
          <tr key={zone.id} data-zone-id={zone.id}>
            <th scope="row">{zone.name[lang]}</th>
            <td>{m.kinds[zone.kind]}</td>
            <td>{zone.memberOf?.map((id) => zoneById(id).name[lang]).join(lang === 'zh' ? '、' : ', ')}</td>
            <td>{zone.role.text[lang]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
