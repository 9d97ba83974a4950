/** The steps of the open briefing: rename, notes, show, reorder (drag, buttons, Alt+↑/↓), duplicate, delete. */
import { type KeyboardEvent, useRef, useState } from 'react';
import { type BriefingDoc, duplicateStep, moveStep } from '../briefing/document';
import { briefingMessages } from '../briefing/messages';
import { MAX_NOTES, MAX_TITLE } from '../embed/briefing';
import type { Lang } from '../i18n';
import { useAtlasStore } from '../state/store';
import { showBuilderStep } from '../briefing/present';

export function BriefingSteps({ doc, lang }: { doc: BriefingDoc; lang: Lang }) {
  const m = briefingMessages(lang);
  const list = useRef<HTMLOListElement>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const edit = (change: (d: BriefingDoc) => BriefingDoc) => useAtlasStore.getState().editBriefing(doc.id, change);

  const move = (from: number, to: number, focusSelector?: string) => {
    if (to < 0 || to >= doc.steps.length) return;
    edit((d) => ({ ...d, steps: moveStep(d.steps, from, to) }));
    // Keyboard moves keep focus on the moved step's same control, now at its new place.
    if (focusSelector) requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>(`li[data-step="${to}"] ${focusSelector}`)[0]?.focus());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const target = e.target as HTMLElement;
    const role = target.dataset.role ? `[data-role="${target.dataset.role}"]` : undefined;
    move(index, index + (e.key === 'ArrowUp' ? -1 : 1), role);
  };

  if (doc.steps.length === 0) return <p className="hint">{m.noSteps}</p>;
  return (
    <>
      <p className="hint">{m.reorderHint}</p>
      <ol className="briefing-steps" ref={list}>
        {doc.steps.map((step, i) => (
          <li
            key={step.key}
            data-step={i}
            className={dragged === i ? 'dragging' : undefined}
            draggable
            onDragStart={(e) => {
              // Text fields stay selectable: only the handle starts a drag.
              if (!(e.target as HTMLElement).classList?.contains('step-handle')) return;
              setDragged(i);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', String(i));
            }}
            onDragOver={(e) => {
              if (dragged !== null) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged !== null) move(dragged, i);
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <div className="step-head">
              <span className="step-handle" draggable aria-hidden="true" title={m.reorderHint} />
              <span className="step-number">{i + 1}</span>
              <input
                data-role="title"
                aria-label={m.stepTitle(i + 1)}
                value={step.title[lang]}
                maxLength={MAX_TITLE}
                onChange={(e) => {
                  const title = e.target.value;
                  // A planner's title is one text, whatever the language shown.
                  edit((d) => ({ ...d, steps: d.steps.map((s, j) => (j === i ? { ...s, title: { zh: title, en: title } } : s)) }));
                }}
              />
            </div>
            <textarea
              data-role="notes"
              aria-label={m.stepNotes(i + 1)}
              value={step.notes ?? ''}
              maxLength={MAX_NOTES}
              rows={2}
              onChange={(e) => {
                const notes = e.target.value;
                edit((d) => ({ ...d, steps: d.steps.map((s, j) => (j === i ? { ...s, notes } : s)) }));
              }}
            />
            <div className="step-actions">
              <span className="hint">{m.notesCount((step.notes ?? '').length, MAX_NOTES)}</span>
              <button type="button" data-role="show" onClick={() => showBuilderStep(doc, i)}>
                {m.show}
              </button>
              <button type="button" data-role="up" aria-label={`${m.moveUp}: ${step.title[lang]}`} disabled={i === 0} onClick={() => move(i, i - 1, '[data-role="up"]')}>
                ↑
              </button>
              <button type="button" data-role="down" aria-label={`${m.moveDown}: ${step.title[lang]}`} disabled={i === doc.steps.length - 1} onClick={() => move(i, i + 1, '[data-role="down"]')}>
                ↓
              </button>
              <button type="button" data-role="duplicate" aria-label={`${m.duplicate}: ${step.title[lang]}`} onClick={() => edit((d) => ({ ...d, steps: duplicateStep(d.steps, i) }))}>
                {m.duplicate}
              </button>
              <button type="button" data-role="remove" aria-label={`${m.remove}: ${step.title[lang]}`} onClick={() => useAtlasStore.getState().removeBriefingStep(doc.id, i)}>
                {m.remove}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
