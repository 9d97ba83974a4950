/** The minimal chrome of `?embed=1`: a link to the full map and only the controls asked for. */
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { Search } from './Search';

function fullMapUrl(): string {
  const url = new URL(window.location.href);
  for (const key of ['embed', 'controls', 'host']) url.searchParams.delete(key);
  return url.toString();
}

export function EmbedBar() {
  const lang = useAtlasStore((s) => s.lang);
  const controls = useAtlasStore((s) => s.controls);
  const drawer = useAtlasStore((s) => s.drawer);
  const setDrawer = useAtlasStore((s) => s.setDrawer);
  const m = messagesFor(lang);
  const has = (c: (typeof controls)[number]) => controls.includes(c);
  const toggle = (d: 'layers' | 'zones' | 'distances' | 'share') => setDrawer(drawer === d ? null : d);
  return (
    <div className="embed-bar">
      <a href={fullMapUrl()} target="_blank" rel="noopener">
        {m.embed.openFull}
      </a>
      {has('search') && <Search />}
      {has('layers') && (
        <button type="button" aria-pressed={drawer === 'layers'} onClick={() => toggle('layers')}>
          {m.layers.button}
        </button>
      )}
      {has('zones') && (
        <button type="button" aria-pressed={drawer === 'zones'} onClick={() => toggle('zones')}>
          {m.zonesButton}
        </button>
      )}
      {has('distances') && (
        <button type="button" aria-pressed={drawer === 'distances'} onClick={() => toggle('distances')}>
          {m.distances.button}
        </button>
      )}
      {has('measure') && (
        <button type="button" onClick={() => useAtlasStore.getState().startMeasure()}>
          {m.measure.button}
        </button>
      )}
      {has('share') && (
        <button type="button" aria-pressed={drawer === 'share'} onClick={() => toggle('share')}>
          {m.share.button}
        </button>
      )}
      {has('lang') && (
        <button type="button" onClick={() => useAtlasStore.getState().setLang(lang === 'zh' ? 'en' : 'zh')}>
          {m.switchLanguage}
        </button>
      )}
    </div>
  );
}
