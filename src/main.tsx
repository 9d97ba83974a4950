import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './app.css';
import { loadZoneGeo } from './data/loadZoneGeo';
import { bindHostApi } from './embed/bindHost';
import { unpackBriefingLink } from './embed/packedSteps';
import { hasStoredLayers } from './import/resetLayers';
import { restoreBasemapPrefs, startRememberingBasemap } from './state/basemapPrefs';
import { useAtlasStore } from './state/store';
import { unpackMarkup } from './markup/link';
import { restoreMarkup, startSavingMarkup } from './state/markupStorage';
import { PACKED_BRIEFING_PARAM, PACKED_MARKUP_PARAM } from './url/codec';
import { startUrlWriter } from './url/sync';

// The presenter window (opened from presenting) is the speaker's screen: notes, no map.
const PresenterWindow = lazy(() => import('./panels/PresenterWindow').then((module) => ({ default: module.PresenterWindow })));
const params = new URLSearchParams(window.location.search);
const presenter = params.get('presenter') === '1';

async function startAtlas(): Promise<void> {
  // A packed briefing (`brief=`) is inflated first: the browser's decompression is asynchronous.
  const markupParam = new URLSearchParams(window.location.search).get(PACKED_MARKUP_PARAM);
  await Promise.all([unpackBriefingLink(window.location.search, PACKED_BRIEFING_PARAM), markupParam ? unpackMarkup(markupParam) : null]);
  useAtlasStore.getState().applyUrlState(window.location.search);
  restoreMarkup();
  startSavingMarkup();
  startUrlWriter();
  // After the writer starts: a remembered basemap shows in the address bar's link too.
  restoreBasemapPrefs(window.location.search);
  startRememberingBasemap();
  void loadZoneGeo();
  bindHostApi();
  keepImportedLayers();
}

/**
 * Imported layers come back after a reload and are saved as they change. Their code (validation,
 * geometry repair) is not part of the first paint: it loads when storage holds layers, or with the
 * planner's first import.
 */
function keepImportedLayers(): void {
  const persist = () => import('./import/persist');
  if (hasStoredLayers()) {
    void persist().then((m) => {
      m.restoreImportedLayers();
      m.startPersistingImports();
    });
    return;
  }
  const stop = useAtlasStore.subscribe(
    (s) => s.importedLayers,
    (layers) => {
      if (layers.length === 0) return;
      stop();
      void persist().then((m) => m.startPersistingImports(undefined, true));
    },
  );
}

const root = document.getElementById('root');
if (root && presenter) {
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>
        <PresenterWindow lang={params.get('lang') === 'en' ? 'en' : 'zh'} />
      </Suspense>
    </StrictMode>,
  );
} else if (root) {
  void startAtlas().then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
