import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';

export function Header() {
  const lang = useAtlasStore((s) => s.lang);
  const setLang = useAtlasStore((s) => s.setLang);
  const m = messagesFor(lang);
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{m.appTitle}</h1>
        <p>{m.appSubtitle}</p>
      </div>
      <button type="button" className="lang-switch" lang={other === 'zh' ? 'zh-CN' : 'en'} onClick={() => setLang(other)}>
        {m.switchLanguage}
      </button>
    </header>
  );
}
