import { messagesFor } from '../i18n';
import type { Drawer } from '../state/ui';
import { useAtlasStore } from '../state/store';
import { Search } from './Search';

export function Header() {
  const lang = useAtlasStore((s) => s.lang);
  const setLang = useAtlasStore((s) => s.setLang);
  const drawer = useAtlasStore((s) => s.drawer);
  const setDrawer = useAtlasStore((s) => s.setDrawer);
  const m = messagesFor(lang);
  const other = lang === 'zh' ? 'en' : 'zh';
  const measuring = useAtlasStore((s) => s.measuring);
  const toggle = (d: Exclude<Drawer, null>) => setDrawer(drawer === d ? null : d);
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{m.appTitle}</h1>
        <p>{m.appSubtitle}</p>
      </div>
      <Search />
      <nav className="header-actions" aria-label={m.appTitle}>
        <button type="button" aria-pressed={drawer === 'layers'} onClick={() => toggle('layers')}>
          {m.layers.button}
        </button>
        <button type="button" aria-pressed={drawer === 'zones'} onClick={() => toggle('zones')}>
          {m.zonesButton}
        </button>
        <button type="button" aria-pressed={drawer === 'distances'} onClick={() => toggle('distances')}>
          {m.distances.button}
        </button>
        <button type="button" aria-pressed={drawer === 'share'} onClick={() => toggle('share')}>
          {m.share.button}
        </button>
        <button
          type="button"
          aria-pressed={measuring}
          onClick={() => (measuring ? useAtlasStore.getState().finishMeasure() : useAtlasStore.getState().startMeasure())}
        >
          {m.measure.button}
        </button>
        <button type="button" className="lang-switch" lang={other === 'zh' ? 'zh-CN' : 'en'} onClick={() => setLang(other)}>
          {m.switchLanguage}
        </button>
      </nav>
    </header>
  );
}
