import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './app.css';
import { loadZoneGeo } from './data/loadZoneGeo';
import { bindHostApi } from './embed/bindHost';
import { restoreImportedLayers, startPersistingImports } from './import/persist';
import { restoreBasemapPrefs, startRememberingBasemap } from './state/basemapPrefs';
import { startUrlWriter } from './url/sync';
import { useAtlasStore } from './state/store';

useAtlasStore.getState().applyUrlState(window.location.search);
startUrlWriter();
// After the writer starts: a remembered basemap shows in the address bar's link too.
restoreBasemapPrefs(window.location.search);
startRememberingBasemap();
void loadZoneGeo();
bindHostApi();
restoreImportedLayers();
startPersistingImports();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
