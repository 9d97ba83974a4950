/**
 * The basemap switcher: the offline map, 天地图 (with the planner's own key, kept in this
 * browser only), OpenStreetMap, the deployment's self-hosted PMTiles maps and, under "advanced",
 * any maplibre style URL. The store's choice is what the URL and this browser remember.
 */
import { useEffect, useId, useState } from 'react';
import { loadBasemapConfig } from '../data/loadBasemapConfig';
import { messagesFor } from '../i18n';
import { BASEMAPS, isStyleUrl, isTianditu, isTiandituToken, OFFLINE, styleHost } from '../layers/basemaps';
import { saveTiandituToken } from '../state/basemapPrefs';
import { useAtlasStore } from '../state/store';
import { parseBasemapUrl } from '../url/codec';

export function BasemapPicker() {
  const lang = useAtlasStore((s) => s.lang);
  const basemap = useAtlasStore((s) => s.basemap);
  const token = useAtlasStore((s) => s.tiandituToken);
  const config = useAtlasStore((s) => s.basemapConfig);
  const m = messagesFor(lang).basemaps;
  const ids = useId();
  // A 天地图 choice waiting for its key (it is not applied without one).
  const [awaitingKey, setAwaitingKey] = useState<string | null>(null);
  const [keyDraft, setKeyDraft] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [customDraft, setCustomDraft] = useState(basemap && isStyleUrl(basemap) ? basemap : '');
  const [customError, setCustomError] = useState(false);

  useEffect(() => {
    void loadBasemapConfig();
  }, []);

  const current = basemap ?? OFFLINE;
  const choose = (id: string) => {
    setKeyError(null);
    if (isTianditu(id) && !token) {
      setAwaitingKey(id);
      return;
    }
    setAwaitingKey(null);
    useAtlasStore.getState().setBasemap(id === OFFLINE ? null : id);
  };
  const saveKey = () => {
    const value = keyDraft.trim();
    if (!isTiandituToken(value)) {
      setKeyError(m.keyInvalid);
      return;
    }
    const kept = saveTiandituToken(value);
    const s = useAtlasStore.getState();
    s.setTiandituToken(value);
    if (awaitingKey) s.setBasemap(awaitingKey);
    setAwaitingKey(null);
    setKeyDraft('');
    setKeyError(kept ? null : m.keyNotKept);
  };
  const forgetKey = () => {
    saveTiandituToken(null);
    const s = useAtlasStore.getState();
    s.setTiandituToken(null);
    if (basemap && isTianditu(basemap)) s.setBasemap(null);
  };
  const useCustom = () => {
    const url = parseBasemapUrl(customDraft.trim());
    if (!url || !isStyleUrl(url)) {
      setCustomError(true);
      return;
    }
    setCustomError(false);
    setAwaitingKey(null);
    const s = useAtlasStore.getState();
    // Typed here by the viewer: that is their agreement to contact the host (a link's is asked for).
    const host = styleHost(url);
    if (host) s.answerBasemapHost(host, 'allow');
    s.setBasemap(url);
  };

  const choices = [...BASEMAPS.map((b) => ({ id: b.id, title: b.title[lang] })), ...(config?.pmtiles ?? []).map((p) => ({ id: `pmtiles:${p.id}`, title: p.title[lang] }))];
  const showKeyForm = awaitingKey !== null;
  return (
    <fieldset className="basemap-picker">
      <legend>{m.title}</legend>
      {choices.map((c) => (
        <label key={c.id} className="basemap-choice">
          <input type="radio" name={`${ids}-basemap`} value={c.id} checked={awaitingKey ? awaitingKey === c.id : current === c.id} onChange={() => choose(c.id)} />
          {c.title}
          {c.id === OFFLINE && <small> {m.offlineNote}</small>}
        </label>
      ))}
      {isStyleUrl(current) && (
        <p className="basemap-custom-current">
          {m.customInUse}: <code>{current.slice(0, 80)}</code>
        </p>
      )}
      {showKeyForm && (
        <form
          className="tianditu-key"
          onSubmit={(e) => {
            e.preventDefault();
            saveKey();
          }}
        >
          <label htmlFor={`${ids}-key`}>{m.keyLabel}</label>
          <input
            id={`${ids}-key`}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={keyDraft}
            maxLength={64}
            onChange={(e) => setKeyDraft(e.target.value)}
          />
          <button type="submit">{m.keySave}</button>
          <p className="hint">{m.keyHint}</p>
        </form>
      )}
      {keyError && (
        <p role="alert" className="export-warning">
          {keyError}
        </p>
      )}
      {token && !showKeyForm && (
        <p className="hint">
          {m.keyKept}{' '}
          <button type="button" className="link-button" onClick={forgetKey}>
            {m.keyForget}
          </button>
        </p>
      )}
      <details className="basemap-advanced">
        <summary>{m.advanced}</summary>
        <label htmlFor={`${ids}-custom`}>{m.customLabel}</label>
        <input id={`${ids}-custom`} type="url" value={customDraft} maxLength={2048} placeholder="https://…/style.json" onChange={(e) => setCustomDraft(e.target.value)} />
        <button type="button" onClick={useCustom}>
          {m.customUse}
        </button>
        {customError && (
          <p role="alert" className="export-warning">
            {m.customInvalid}
          </p>
        )}
      </details>
      <p className="hint">{m.notOffered}</p>
    </fieldset>
  );
}
