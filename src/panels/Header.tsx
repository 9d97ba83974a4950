import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { DrawerButton } from './DrawerButton';
import { Search } from './Search';

export function Header() {
  const lang = useAtlasStore((s) => s.lang);
  const setLang = useAtlasStore((s) => s.setLang);
  const m = messagesFor(lang);
  const other = lang === 'zh' ? 'en' : 'zh';
  const markupOpen = useAtlasStore((s) => s.markupOpen);
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{m.appTitle}</h1>
        <p>{m.appSubtitle}</p>
      </div>
      <Search />
      <nav className="header-actions" aria-label={m.appTitle}>
        <DrawerButton drawer="layers">{m.layers.button}</DrawerButton>
        <DrawerButton drawer="zones">{m.zonesButton}</DrawerButton>
        <DrawerButton drawer="distances">{m.distances.button}</DrawerButton>
        <DrawerButton drawer="share">{m.share.button}</DrawerButton>
        <DrawerButton drawer="briefing">{m.briefingButton}</DrawerButton>
        <DrawerButton drawer="export">{m.exportMap.button}</DrawerButton>
        <button
          type="button"
          aria-pressed={markupOpen}
          aria-keyshortcuts="M"
          onClick={() => (markupOpen ? useAtlasStore.getState().closeMarkup() : useAtlasStore.getState().openMarkup())}
        >
          {m.measure.button}
        </button>
        <DrawerButton drawer="about">{m.aboutButton}</DrawerButton>
        <button type="button" className="lang-switch" lang={other === 'zh' ? 'zh-CN' : 'en'} onClick={() => setLang(other)}>
          {m.switchLanguage}
        </button>
      </nav>
    </header>
  );
}
