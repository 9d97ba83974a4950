/** Composition only: which parts the page has, not how they work. */
import { useEffect, useState } from 'react';
import { messagesFor } from './i18n';
import { MapView } from './map/MapView';
import { webglSupported } from './map/webgl';
import { Header } from './panels/Header';
import { MapFallback } from './panels/MapFallback';
import { Notices } from './panels/Notices';
import { PlaceNames } from './panels/PlaceNames';
import { useAtlasStore } from './state/store';

export function App() {
  const lang = useAtlasStore((s) => s.lang);
  const mapStatus = useAtlasStore((s) => s.mapStatus);
  const [hasWebgl] = useState(webglSupported);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${messagesFor(lang).appTitle} · ${messagesFor(lang === 'zh' ? 'en' : 'zh').appTitle}`;
  }, [lang]);
  useEffect(() => {
    if (!hasWebgl) useAtlasStore.getState().setMapStatus('no-webgl');
  }, [hasWebgl]);

  return (
    <div className="app">
      <Header />
      <Notices />
      <main className="app-main" data-map-status={mapStatus}>
        {hasWebgl ? <MapView /> : null}
        {mapStatus === 'no-webgl' || mapStatus === 'context-lost' ? <MapFallback /> : null}
        <PlaceNames />
      </main>
    </div>
  );
}
