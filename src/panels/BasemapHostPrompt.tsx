import { messagesFor } from '../i18n';
import { hostToAsk } from '../layers/basemaps';
import { useAtlasStore } from '../state/store';

/**
 * Asks before the map contacts a host a link names for its basemap (the viewer's address would
 * reach it). Until answered the map stays offline (map/styleSync.ts holds the style back); the
 * answer is kept per host in this browser. A refused host is not asked about again. Shown at the
 * head of the notices.
 */
export function BasemapHostPrompt() {
  const lang = useAtlasStore((s) => s.lang);
  const host = useAtlasStore((s) => hostToAsk(s.basemap, s.basemapHosts, window.location.origin));
  const refused = useAtlasStore((s) => (host ? s.basemapHosts[host] === 'deny' : false));
  const answer = useAtlasStore((s) => s.answerBasemapHost);
  if (!host || refused) return null;
  const m = messagesFor(lang).basemaps;
  return (
    <div className="notice basemap-ask" role="alertdialog" aria-labelledby="basemap-ask-title" aria-describedby="basemap-ask-text">
      <span>
        <strong id="basemap-ask-title">{m.askTitle}</strong> <span id="basemap-ask-text">{m.ask(host)}</span>
      </span>
      <span className="basemap-ask-actions">
        <button type="button" onClick={() => answer(host, 'allow')}>
          {m.askAllow}
        </button>
        <button type="button" onClick={() => answer(host, 'deny')}>
          {m.askDeny}
        </button>
      </span>
    </div>
  );
}
