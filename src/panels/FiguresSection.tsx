/** A zone's key figures: what each measures, its value as the document states it, the area it describes, year and status where given, and its source. */
import type { Figure } from '../content/types';
import { type Lang, messagesFor } from '../i18n';
import { Cite } from './Cite';

export function yearAndStatus(f: Figure, lang: Lang): string {
  const m = messagesFor(lang);
  const parts = [f.year === undefined ? '' : String(f.year), f.status ? m.panel.status[f.status] : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : m.panel.notStated;
}

export function FiguresSection({ figures, lang }: { figures: readonly Figure[]; lang: Lang }) {
  const m = messagesFor(lang);
  if (figures.length === 0) return null;
  return (
    <section>
      <h3>{m.panel.figures}</h3>
      <table className="figures">
        <thead>
          <tr>
            <th scope="col">{m.panel.figureMeasure}</th>
            <th scope="col">
              {m.panel.figureValue}
              <small className="figure-meta">
                {m.panel.figureScope} · {m.panel.figureYear}
              </small>
            </th>
            <th scope="col">{m.panel.figureSource}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={`${f.measure.zh}-${f.display.zh}`} data-scope={f.scope}>
              <th scope="row">{f.measure[lang]}</th>
              <td>
                {f.display[lang]}
                <small className="figure-meta">
                  <span className="scope">{m.panel.scope[f.scope]}</span> · <span className="when">{yearAndStatus(f, lang)}</span>
                </small>
              </td>
              <td>
                <Cite source={f.source} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
