/**
 * The 简报 panel: the planner's briefings, kept in this browser; a title and subtitle; steps made
 * from the current view and edited in place; open and save as a file; present; a compressed link;
 * the deck (PPTX and PDF). Loaded when it is first opened.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { stepFromView } from '../briefing/capture';
import { type BriefingDoc, briefingFileText, emptyBriefing, MAX_SUBTITLE, readBriefingFile, withKey } from '../briefing/document';
import { briefingMessages } from '../briefing/messages';
import { startKeepingBriefings } from '../briefing/persist';
import { activateBriefing, startPresenting } from '../briefing/present';
import { MAX_STEPS, MAX_TITLE } from '../embed/briefing';
import { dateStamp } from '../export/fileName';
import { useAtlasStore } from '../state/store';
import { briefingQuery } from '../url/codec';
import { BriefingSteps } from './BriefingSteps';
import { DeckControls } from './DeckControls';
import { downloadText } from './download';

type FileStatus = { text: string; error: boolean } | null;

function fileSafe(title: string): string {
  return title.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 40) || 'briefing';
}

export function BriefingPanel() {
  const s = useAtlasStore(useShallow((st) => ({ lang: st.lang, docs: st.briefingDocs, activeId: st.activeBriefingId, storage: st.briefingStorage, removed: st.removedStep })));
  const m = briefingMessages(s.lang);
  const ids = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileStatus, setFileStatus] = useState<FileStatus>(null);
  const [link, setLink] = useState<string | null>(null);
  const doc = s.docs.find((d) => d.id === s.activeId) ?? null;

  useEffect(() => startKeepingBriefings(), []);
  // Once the stored briefings are read (or storage is refused), there is always one to work on.
  const ready = s.storage !== 'idle' && s.storage !== 'loading';
  useEffect(() => {
    if (ready && s.docs.length === 0) addDoc(emptyBriefing(''));
  });
  // A link made for an earlier state of the briefing is not shown as if current.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the link belongs to the document as it was
  useEffect(() => setLink(null), [doc]);

  const store = useAtlasStore.getState;
  const addDoc = (next: BriefingDoc) => {
    store().setBriefingDocs([next, ...store().briefingDocs]);
    store().setActiveBriefing(next.id);
  };
  const ensureDoc = (): BriefingDoc => {
    if (doc) return doc;
    const made = emptyBriefing('');
    addDoc(made);
    return made;
  };
  const addStep = () => {
    const target = ensureDoc();
    if (target.steps.length >= MAX_STEPS) return;
    const n = target.steps.length + 1;
    const step = withKey(stepFromView(store(), { zh: briefingMessages('zh').defaultStepTitle(n), en: briefingMessages('en').defaultStepTitle(n) }));
    store().editBriefing(target.id, (d) => ({ ...d, steps: [...d.steps, step] }));
  };
  const openFile = async (file: File) => {
    const read = readBriefingFile(await file.text());
    if (!read.ok) return setFileStatus({ text: m.refused[read.kind](read.detail), error: true });
    // A file opened twice becomes a second briefing: a planner's edits to the first are never overwritten.
    const taken = store().briefingDocs.some((d) => d.id === read.doc.id);
    const opened = taken ? { ...read.doc, id: emptyBriefing('').id } : read.doc;
    addDoc(opened);
    const parts = [m.opened(opened.title || m.untitled, opened.steps.length)];
    if (read.migratedFrom !== null) parts.push(m.migrated(read.migratedFrom));
    if (read.problems.length > 0) parts.push(m.stepsLeftOut(read.problems));
    setFileStatus({ text: parts.join(' '), error: read.problems.length > 0 });
  };
  const makeLink = async () => {
    if (!doc) return;
    const steps = await activateBriefing(doc);
    setLink(`${window.location.origin}${window.location.pathname}${briefingQuery(steps)}`);
  };

  return (
    <section className="drawer briefing-drawer" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{m.title}</h2>
      <p className={s.storage === 'blocked' || s.storage === 'quota' ? 'export-warning' : 'hint'} role="status" data-testid="briefing-storage" data-status={s.storage}>
        {m.storage[s.storage]}
      </p>
      <div className="briefing-row">
        <label>
          {m.choose}{' '}
          <select value={s.activeId ?? ''} onChange={(e) => store().setActiveBriefing(e.target.value || null)} data-testid="briefing-select">
            {s.docs.length === 0 && <option value="">{m.untitled}</option>}
            {s.docs.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title || m.untitled} ({d.steps.length})
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => addDoc(emptyBriefing(''))}>
          {m.newBriefing}
        </button>
        {doc && (
          <button
            type="button"
            onClick={() => {
              const rest = store().briefingDocs.filter((d) => d.id !== doc.id);
              store().setBriefingDocs(rest);
              store().setActiveBriefing(rest[0]?.id ?? null);
            }}
          >
            {m.deleteBriefing(doc.title || m.untitled)}
          </button>
        )}
      </div>
      <div className="briefing-row">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {m.openFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="briefing-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void openFile(file);
          }}
        />
        {doc && (
          <button type="button" onClick={() => downloadText(briefingFileText(doc), `futian-atlas_briefing_${fileSafe(doc.title)}_${dateStamp()}.json`, 'application/json')}>
            {m.saveFile}
          </button>
        )}
      </div>
      {fileStatus && (
        <p role={fileStatus.error ? 'alert' : 'status'} className={fileStatus.error ? 'export-warning' : 'export-done'} data-testid="briefing-file-status">
          {fileStatus.text}
        </p>
      )}
      {doc && (
        <>
          <label className="export-field">
            {m.briefingTitle}
            <input value={doc.title} maxLength={MAX_TITLE} onChange={(e) => store().editBriefing(doc.id, (d) => ({ ...d, title: e.target.value }))} />
          </label>
          <label className="export-field">
            {m.subtitle}
            <input value={doc.subtitle} maxLength={MAX_SUBTITLE} onChange={(e) => store().editBriefing(doc.id, (d) => ({ ...d, subtitle: e.target.value }))} />
          </label>
        </>
      )}
      <button type="button" className="primary" onClick={addStep} disabled={(doc?.steps.length ?? 0) >= MAX_STEPS}>
        {m.addStep}
      </button>
      {s.removed && s.removed.docId === doc?.id && (
        <p role="status" className="export-done" data-testid="briefing-undo">
          {m.removed(s.removed.step.title[s.lang])}{' '}
          <button type="button" onClick={() => store().undoRemoveStep()}>
            {m.undo}
          </button>
        </p>
      )}
      {doc ? <BriefingSteps doc={doc} lang={s.lang} /> : <p className="hint">{m.noSteps}</p>}
      {doc && doc.steps.length > 0 && (
        <>
          <div className="briefing-row">
            <button type="button" className="primary" onClick={() => void startPresenting(doc)}>
              {m.present}
            </button>
            <button type="button" onClick={() => void makeLink()}>
              {m.makeLink}
            </button>
          </div>
          {link && (
            <label className="export-field">
              {m.shareLink} · {m.linkLength(link.length)}
              <input readOnly value={link} data-testid="briefing-link" onFocus={(e) => e.target.select()} />
            </label>
          )}
          <DeckControls doc={doc} lang={s.lang} />
        </>
      )}
    </section>
  );
}
