/**
 * A file being read off the main thread (progress, cancel), and the system picker for a
 * projected file without a .prj: each proposed system with where it puts the data, CGCS2000
 * Gauss–Krüger first. Text only: a file's names never reach the page as HTML.
 */
import { useState } from 'react';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';

/** A CSV's coordinate columns, picked from its own: the x (longitude) and y (latitude). */
function ColumnPicker({ request }: { request: { file: File; columns: string[] } }) {
  const lang = useAtlasStore((s) => s.lang);
  const m = messagesFor(lang).importTasks;
  const [x, setX] = useState(request.columns[0] ?? '');
  const [y, setY] = useState(request.columns[1] ?? '');
  return (
    <form
      className="crs-picker column-picker"
      onSubmit={(e) => {
        e.preventDefault();
        useAtlasStore.getState().setColumnRequest(null);
        void import('../import/importShapefile').then(({ importShapefile }) => importShapefile(request.file, { columns: { x, y } }));
      }}
    >
      <fieldset>
        <legend>{m.pickColumns(request.file.name)}</legend>
        {(
          [
            [m.xColumn, x, setX],
            [m.yColumn, y, setY],
          ] as const
        ).map(([label, value, choose]) => (
          <label key={label}>
            {label}
            <select value={value} onChange={(e) => choose(e.target.value)}>
              {request.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <p className="crs-actions">
        <button type="submit" className="primary" disabled={!x || !y || x === y}>
          {m.importWithColumns}
        </button>
        <button type="button" onClick={() => useAtlasStore.getState().setColumnRequest(null)}>
          {m.cancel}
        </button>
      </p>
    </form>
  );
}

export function ImportTasks() {
  const lang = useAtlasStore((s) => s.lang);
  const task = useAtlasStore((s) => s.importTask);
  const request = useAtlasStore((s) => s.crsRequest);
  const columnRequest = useAtlasStore((s) => s.columnRequest);
  const comparing = useAtlasStore((s) => (s.compare ? s.importedLayers.find((l) => l.id === s.compare?.imported) : undefined));
  const layout = useAtlasStore((s) => s.compare?.layout ?? 'swipe');
  const [chosen, setChosen] = useState<string | null>(null);
  const m = messagesFor(lang).importTasks;
  const layers = messagesFor(lang).layers;
  if (!task && !request && !comparing && !columnRequest) return null;
  return (
    <section className="import-tasks" aria-live="polite" aria-label={m.title}>
      {comparing && (
        <p className="compare-bar">
          <span>{layout === 'side' ? layers.comparingSide(comparing.name) : layers.comparing(comparing.name)}</span>
          <button type="button" aria-pressed={layout === 'side'} onClick={() => useAtlasStore.getState().setCompare({ imported: comparing.id, layout: layout === 'side' ? 'swipe' : 'side' })}>
            {layers.sideBySide}
          </button>
          <button type="button" onClick={() => useAtlasStore.getState().setCompare(null)}>
            {layers.stopCompare}
          </button>
        </p>
      )}
      {task && (
        <p className="import-progress" data-phase={task.phase}>
          <span>{m.phase[task.phase](task.name)}</span>
          <progress aria-label={m.title} />
          <button type="button" onClick={task.cancel}>
            {m.cancel}
          </button>
        </p>
      )}
      {columnRequest && <ColumnPicker request={columnRequest} />}
      {request && (
        <form
          className="crs-picker"
          onSubmit={(e) => {
            e.preventDefault();
            const id = chosen ?? request.candidates[0]?.id;
            useAtlasStore.getState().setCrsRequest(null);
            setChosen(null);
            if (id) void import('../import/importShapefile').then(({ importShapefile }) => importShapefile(request.file, { crs: id, ...(request.columns ? { columns: request.columns } : {}) }));
          }}
        >
          <fieldset>
            <legend>{m.pickCrs(request.file.name)}</legend>
            {request.candidates.map((c, i) => (
              <label key={c.id}>
                <input type="radio" name="crs" value={c.id} checked={(chosen ?? request.candidates[0]?.id) === c.id} onChange={() => setChosen(c.id)} />
                {c.name[lang]}
                <small>{m.preview(c.centre[0].toFixed(4), c.centre[1].toFixed(4), c.accuracyM, i === 0)}</small>
              </label>
            ))}
          </fieldset>
          <p className="crs-actions">
            <button type="submit" className="primary">
              {m.importWith}
            </button>
            <button type="button" onClick={() => useAtlasStore.getState().setCrsRequest(null)}>
              {m.cancel}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
