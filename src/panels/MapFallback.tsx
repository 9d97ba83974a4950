import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { ZoneList } from './ZoneList';

/** Shown instead of (or over) the map when WebGL is missing or its context is lost. */
export function MapFallback() {
  const lang = useAtlasStore((s) => s.lang);
  const status = useAtlasStore((s) => s.mapStatus);
  const m = messagesFor(lang);
  const lost = status === 'context-lost';
  return (
    <section className="map-fallback" role="alert" aria-label={lost ? m.contextLostTitle : m.noWebglTitle}>
      <h2>{lost ? m.contextLostTitle : m.noWebglTitle}</h2>
      <p>{lost ? m.contextLostBody : m.noWebglBody}</p>
      <ZoneList />
    </section>
  );
}
