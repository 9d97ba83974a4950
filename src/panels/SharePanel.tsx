/** Share and embed: the link to this exact view and an iframe snippet with a live preview (briefings have their own panel). */
import { useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { embedQueryOf, queryOf } from '../url/sync';

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
      <p className="hint">{m.share.briefingHint}</p>
    </section>
  );
}
