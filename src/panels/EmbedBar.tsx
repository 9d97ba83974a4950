/** The minimal chrome of `?embed=1`: a link to the full map and only the controls asked for. */
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { fullMapQueryOf } from '../url/sync';
import { DrawerButton } from './DrawerButton';
import { Search } from './Search';

export function EmbedBar() {
  const lang = useAtlasStore((s) => s.lang);
  const controls = useAtlasStore((s) => s.controls);
  const fullMapQuery = useAtlasStore(fullMapQueryOf);
  const m = messagesFor(lang);
  const has = (c: (typeof controls)[number]) => controls.includes(c);
  return (
    <div className="embed-bar">
      <a href={`${window.location.pathname}${fullMapQuery}`} target="_blank" rel="noopener">
        {m.embed.openFull}
      </a>
      {has('search') && <Search />}
      {has('layers') && <DrawerButton drawer="layers">{m.layers.button}</DrawerButton>}
      {has('basemap') && !has('layers') && <DrawerButton drawer="basemap">{m.basemaps.button}</DrawerButton>}
      {has('zones') && <DrawerButton drawer="zones">{m.zonesButton}</DrawerButton>}
      {has('distances') && <DrawerButton drawer="distances">{m.distances.button}</DrawerButton>}
      {has('measure') && (
        <button type="button" onClick={() => useAtlasStore.getState().openMarkup()}>
          {m.measure.button}
        </button>
      )}
      {has('share') && <DrawerButton drawer="share">{m.share.button}</DrawerButton>}
      {has('export') && <DrawerButton drawer="export">{m.exportMap.button}</DrawerButton>}
      {has('lang') && (
        <button type="button" onClick={() => useAtlasStore.getState().setLang(lang === 'zh' ? 'en' : 'zh')}>
          {m.switchLanguage}
        </button>
      )}
    </div>
  );
}
