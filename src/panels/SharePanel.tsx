/** Share and embed: the link to this exact view, an iframe snippet with a live preview, and a briefing composer. */
import { useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { zoneById } from '../content';
import type { BriefingStep } from '../embed/briefing';
import { messagesFor } from '../i18n';
import { TOGGLES } from '../layers/toggles';
import { useAtlasStore } from '../state/store';
import { briefingQuery } from '../url/codec';
import { embedQueryOf, queryOf } from '../url/sync';
import { dateStamp } from '../export/fileName';
import { downloadText } from './download';

const SIZES = [
  { id: '640x480', width: '640', height: '480' },
  { id: '800x600', width: '800', height: '600' },
  { id: '100%x500', width: '100%', height: '500' },
  { id: '320x240', width: '320', height: '240' },
] as const;

function absolute(query: string): string {
  return `${window.location.origin}${window.location.pathname}${query}`;
}

function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const lang = useAtlasStore((s) => s.lang);
  const m = messagesFor(lang);
  const [status, setStatus] = useState('');
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(m.share.copied);
    } catch {
      ref.current?.select();
      setStatus(m.share.copyFailed);
    }
  };
  return (
    <div className="copy-field">
      <div className="copy-field-text">
        <label htmlFor={id}>{label}</label>
        {multiline ? <textarea id={id} ref={ref} readOnly value={value} rows={3} /> : <input id={id} ref={ref} readOnly value={value} />}
      </div>
      <button type="button" onClick={copy}>
        {m.share.copy}
      </button>
      <span role="status">{status}</span>
    </div>
  );
}

export function SharePanel() {
  // Only what the dialog shows: hovering the map must not re-render it (or touch the preview).
  const s = useAtlasStore(
    useShallow((st) => ({
      lang: st.lang,
      visibility: st.visibility,
      selectedZoneId: st.selectedZoneId,
      view: st.view,
      draftSteps: st.draftSteps,
      setDraftSteps: st.setDraftSteps,
      query: queryOf(st),
      embedQuery: embedQueryOf(st, false),
      embedQueryWithLegend: embedQueryOf(st, true),
    })),
  );
  const m = messagesFor(s.lang);
  const [size, setSize] = useState<(typeof SIZES)[number]['id']>('640x480');
  const [withLegend, setWithLegend] = useState(false);
  const chosen = SIZES.find((x) => x.id === size) ?? SIZES[0];
  const embedUrl = absolute(withLegend ? s.embedQueryWithLegend : s.embedQuery);
  const snippet = `<iframe src="${embedUrl.replace(/&/g, '&amp;')}" width="${chosen.width}" height="${chosen.height}" style="border:0" loading="lazy" allow="clipboard-write" title="${m.share.iframeTitle}"></iframe>`;

  const addStep = () => {
    const visible = TOGGLES.filter((t) => s.visibility[t.id]).map((t) => t.id);
    const title = s.selectedZoneId ? zoneById(s.selectedZoneId).name : { zh: `视图 ${s.draftSteps.length + 1}`, en: `View ${s.draftSteps.length + 1}` };
    // The area on screen, framed again at whatever size the briefing is shown (the view stays as the fallback).
    const bounds = useAtlasStore.getState().mapFrame?.bounds;
    const step: BriefingStep = { title, layers: visible, view: s.view, ...(bounds ? { bounds } : {}) };
    if (s.selectedZoneId) step.zone = s.selectedZoneId;
    s.setDraftSteps([...s.draftSteps, step]);
  };
  const briefingUrl = s.draftSteps.length > 0 ? absolute(briefingQuery(s.draftSteps)) : '';

  return (
    <section className="drawer share-drawer" aria-labelledby="share-title">
      <h2 id="share-title">{m.share.title}</h2>
      <CopyField label={m.share.link} value={absolute(s.query)} />
      <h3>{m.share.embedCode}</h3>
      <fieldset className="inline">
        <legend>{m.share.size}</legend>
        {SIZES.map((x) => (
          <label key={x.id}>
            <input type="radio" name="embed-size" checked={size === x.id} onChange={() => setSize(x.id)} />
            {x.id.replace('x', ' × ')}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={withLegend} onChange={(e) => setWithLegend(e.target.checked)} />
          {m.share.withLegend}
        </label>
      </fieldset>
      <CopyField label={m.share.embedCode} value={snippet} multiline />
      <h3>{m.share.preview}</h3>
      <div className="embed-preview" style={{ width: chosen.width === '100%' ? '100%' : `${chosen.width}px`, height: `${chosen.height}px` }}>
        <iframe src={embedUrl} title={`${m.share.preview}: ${m.share.iframeTitle}`} width="100%" height="100%" />
      </div>
      <h3>{m.share.briefingTitle}</h3>
      <button type="button" onClick={addStep}>
        {m.share.addStep}
      </button>
      {s.draftSteps.length === 0 ? (
        <p className="hint">{m.share.noSteps}</p>
      ) : (
        <>
          <ol className="draft-steps">
            {s.draftSteps.map((step, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a planner may add the same view twice; its place in the list is its identity
              <li key={i}>
                {step.title[s.lang]}{' '}
                <button type="button" aria-label={m.share.removeStep(step.title[s.lang])} onClick={() => s.setDraftSteps(s.draftSteps.filter((_, j) => j !== i))}>
                  ×
                </button>
              </li>
            ))}
          </ol>
          <CopyField label={m.share.briefingLink} value={briefingUrl} />
          <button type="button" onClick={() => downloadText(`${JSON.stringify(s.draftSteps, null, 2)}\n`, `futian-atlas_briefing_${s.lang}_${dateStamp()}.json`, 'application/json')}>
            {m.share.downloadBriefing}
          </button>
        </>
      )}
    </section>
  );
}
