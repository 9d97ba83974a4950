/**
 * The drawn shapes as a list: each with its measurement and note, selectable and deletable. It is
 * also the screen reader's view of the markup: a new shape is announced with its measurement.
 */
import { useEffect, useRef, useState } from 'react';
import { messagesFor } from '../i18n';
import { measurementText } from '../markup/features';
import { markupMessages } from '../markup/messages';
import type { MarkupShape } from '../markup/types';
import { useAtlasStore } from '../state/store';

export function shapeName(shape: Pick<MarkupShape, 'kind' | 'note'>, index: number, lang: 'zh' | 'en'): string {
  const kind = markupMessages(lang).modes[shape.kind];
  return shape.note ? `${kind} ${index + 1}「${shape.note}」` : `${kind} ${index + 1}`;
}

export function MarkupShapes() {
  const lang = useAtlasStore((s) => s.lang);
  const shapes = useAtlasStore((s) => s.markup.shapes);
  const selectedId = useAtlasStore((s) => s.markupSelectedId);
  const actions = useAtlasStore.getState();
  const m = messagesFor(lang);
  const mm = markupMessages(lang);
  const [announced, setAnnounced] = useState('');
  const count = useRef(shapes.length);
  useEffect(() => {
    const newest = shapes.at(-1);
    if (shapes.length > count.current && newest) {
      const measured = measurementText(newest, lang);
      setAnnounced(mm.added([shapeName(newest, shapes.length - 1, lang), measured].filter(Boolean).join('，')));
    }
    count.current = shapes.length;
  }, [shapes, lang, mm]);
  return (
    <section className="markup-shapes" aria-label={mm.shapes(shapes.length)}>
      <p className="visually-hidden" aria-live="polite" data-markup-announce>
        {announced}
      </p>
      {shapes.length === 0 ? (
        <p className="hint">{mm.none}</p>
      ) : (
        <ol>
          {shapes.map((shape, i) => {
            const name = shapeName(shape, i, lang);
            const measured = measurementText(shape, lang);
            return (
              <li key={shape.id} data-shape-id={shape.id} data-shape-kind={shape.kind} className={shape.id === selectedId ? 'selected' : undefined}>
                <button type="button" className="markup-shape-name" aria-pressed={shape.id === selectedId} onClick={() => actions.selectMarkupShape(shape.id === selectedId ? null : shape.id)}>
                  {mm.modes[shape.kind]} {i + 1}
                </button>
                {measured && <span className="markup-measure">{measured}</span>}
                <input
                  type="text"
                  value={shape.note}
                  maxLength={280}
                  placeholder={mm.notePlaceholder}
                  aria-label={`${mm.note}：${name}`}
                  onChange={(e) => actions.updateMarkupShape(shape.id, { note: e.target.value })}
                />
                <button type="button" className="markup-remove" aria-label={mm.remove(name)} title={m.measure.clear} onClick={() => actions.removeMarkupShape(shape.id)}>
                  ×
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
