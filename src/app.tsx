/** Composition only: which parts the page has, not how they work. */
import { type ComponentType, lazy, Suspense, useEffect } from 'react';
import { messagesFor } from './i18n';
import { MapView } from './map/MapView';
import { BriefingBar } from './panels/BriefingBar';
import { EmbedBar } from './panels/EmbedBar';
import { ErrorBoundary } from './panels/ErrorBoundary';
import { Header } from './panels/Header';
import { BasemapPicker } from './panels/BasemapPicker';
import { Legend } from './panels/Legend';
import { MapFallback } from './panels/MapFallback';
import { Notices } from './panels/Notices';
import { PlaceNames } from './panels/PlaceNames';
import { PolicyPanel } from './panels/PolicyPanel';
import { ZoneList } from './panels/ZoneList';
import { useAtlasStore } from './state/store';
import { useMarkupKeys } from './panels/markupKeys';

// Export code (layout, PDF writer, QR) is loaded when the dialog first opens, not at start-up.
// Drawers the first paint does not need load when opened (their code and text stay out of the entry script).
const DistancePanel = lazy(() => import('./panels/DistancePanel').then((module) => ({ default: module.DistancePanel })));
const SharePanel = lazy(() => import('./panels/SharePanel').then((module) => ({ default: module.SharePanel })));
const AboutPanel = lazy(() => import('./panels/AboutPanel').then((module) => ({ default: module.AboutPanel })));
const ExportPanel = lazy(() => import('./panels/ExportPanel').then((module) => ({ default: module.ExportPanel })));
const BriefingPanel = lazy(() => import('./panels/BriefingPanel').then((module) => ({ default: module.BriefingPanel })));
const ImportTasks = lazy(() => import('./panels/ImportTasks').then((module) => ({ default: module.ImportTasks })));
const AttributeTable = lazy(() => import('./panels/AttributeTable').then((module) => ({ default: module.AttributeTable })));
const ShortcutsPanel = lazy(() => import('./panels/ShortcutsPanel').then((module) => ({ default: module.ShortcutsPanel })));
const LayerPanel = lazy(() => import('./panels/LayerPanel').then((module) => ({ default: module.LayerPanel })));
const MarkupPanel = lazy(() => import('./panels/MarkupPanel').then((module) => ({ default: module.MarkupPanel })));
const PresenterBar = lazy(() => import('./panels/PresenterBar').then((module) => ({ default: module.PresenterBar })));

/** A drawer whose code loads when it is opened: an empty, busy drawer of its size until then. */
function LazyDrawer({ className, panel: Panel }: { className: string; panel: ComponentType }) {
  return (
    <Suspense fallback={<section className={`drawer ${className}`} aria-busy="true" />}>
      <Panel />
    </Suspense>
  );
}

/** Esc ends the innermost thing under way: drawing first, then a drawer, then the selection. */
function useEscape() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const s = useAtlasStore.getState();
      // Presenting handles its own Esc (it leaves presenting first; see PresenterBar).
      if (s.presenting) return;
      if (s.markupMode !== null) s.setMarkupMode(null);
      else if (s.drawer) s.setDrawer(null);
      else if (s.selectedZoneId) s.clearSelection('map');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function App() {
  const lang = useAtlasStore((s) => s.lang);
  const mapStatus = useAtlasStore((s) => s.mapStatus);
  const drawer = useAtlasStore((s) => s.drawer);
  const embed = useAtlasStore((s) => s.embed);
  const controls = useAtlasStore((s) => s.controls);
  // A briefing explains its steps' colours: its legend shows in an embed too (small embeds hide it by CSS).
  const briefing = useAtlasStore((s) => s.briefingSteps !== null);
  const presenting = useAtlasStore((s) => s.presenting);
  const markupOpen = useAtlasStore((s) => s.markupOpen);
  // A file being read, a picker for its system or columns, a comparison: their bar loads when needed.
  const importBusy = useAtlasStore((s) => s.importTask !== null || s.crsRequest !== null || s.columnRequest !== null || s.compare !== null);
  const drawing = useAtlasStore((s) => s.markupMode !== null && s.markupMode !== 'select');
  useEscape();
  useMarkupKeys();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${messagesFor(lang).appTitle} · ${messagesFor(lang === 'zh' ? 'en' : 'zh').appTitle}`;
  }, [lang]);

  return (
    <div className={['app', embed ? 'embed' : '', presenting ? 'presenting' : '', drawing ? 'drawing' : '', drawer ? 'has-drawer' : ''].filter(Boolean).join(' ')}>
      <ErrorBoundary part="header">{embed ? null : <Header />}</ErrorBoundary>
      <ErrorBoundary part="notices">
        <Notices />
      </ErrorBoundary>
      <main
        className="app-main"
        data-map-status={mapStatus}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          const file = e.dataTransfer.files[0];
          if (!file) return;
          e.preventDefault();
          // The import code loads with the first file dropped.
          void import('./import/importFile').then((m) => m.importFile(file));
        }}
      >
        <ErrorBoundary part="map">{mapStatus === 'no-webgl' ? null : <MapView />}</ErrorBoundary>
        <ErrorBoundary part="legend">
          {mapStatus === 'no-webgl' || mapStatus === 'context-lost' ? <MapFallback /> : !embed || controls.includes('legend') || briefing ? <Legend /> : null}
        </ErrorBoundary>
        <ErrorBoundary part="embed">
          {embed && <EmbedBar />}
          {presenting ? (
            <Suspense fallback={null}>
              <PresenterBar />
            </Suspense>
          ) : (
            <BriefingBar />
          )}
        </ErrorBoundary>
        <ErrorBoundary part="drawer">
          {drawer === 'layers' && <LazyDrawer className="layer-panel" panel={LayerPanel} />}
          {drawer === 'basemap' && (
            <section className="drawer layer-panel" aria-label={messagesFor(lang).basemaps.title}>
              <BasemapPicker />
            </section>
          )}
          {drawer === 'distances' && <LazyDrawer className="distance-drawer" panel={DistancePanel} />}
          {drawer === 'share' && <LazyDrawer className="share-drawer" panel={SharePanel} />}
          {drawer === 'export' && <LazyDrawer className="export-drawer" panel={ExportPanel} />}
          {drawer === 'briefing' && <LazyDrawer className="briefing-drawer" panel={BriefingPanel} />}
          {drawer === 'about' && <LazyDrawer className="about-drawer" panel={AboutPanel} />}
          {drawer === 'shortcuts' && <LazyDrawer className="shortcuts-drawer" panel={ShortcutsPanel} />}
          {drawer === 'table' && <LazyDrawer className="table-drawer" panel={AttributeTable} />}
          {drawer === 'zones' && (
            <section className="drawer zone-drawer" aria-label={messagesFor(lang).zoneList.title}>
              <ZoneList />
            </section>
          )}
        </ErrorBoundary>
        <ErrorBoundary part="panel">
          <PolicyPanel />
          {importBusy && (
            <Suspense fallback={null}>
              <ImportTasks />
            </Suspense>
          )}
          {markupOpen && (
            <Suspense fallback={null}>
              <MarkupPanel />
            </Suspense>
          )}
        </ErrorBoundary>
        <PlaceNames />
      </main>
    </div>
  );
}
