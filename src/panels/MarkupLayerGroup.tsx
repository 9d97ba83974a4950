/** The layer panel's 标绘 group: markup shown or hidden, and the legend's name for each style used. */
import { markupLegendRows } from '../markup/legend';
import { markupMessages } from '../markup/messages';
import { useAtlasStore } from '../state/store';

export function MarkupLayerGroup() {
  const lang = useAtlasStore((s) => s.lang);
  const markup = useAtlasStore((s) => s.markup);
  const visible = useAtlasStore((s) => s.markupVisible);
  const actions = useAtlasStore.getState();
  const mm = markupMessages(lang);
  if (markup.shapes.length === 0) return null;
  const rows = markupLegendRows(markup, lang);
  return (
    <fieldset className="markup-layer-group">
      <legend>{mm.layerGroup}</legend>
      <label>
        <input type="checkbox" checked={visible} onChange={(e) => actions.setMarkupVisible(e.target.checked)} data-layer-id="markup" />
        {mm.show} <small>（{mm.shapes(markup.shapes.length)}）</small>
      </label>
      <p className="hint">{mm.legendNames}</p>
      {rows.map((row) => (
        <input
          key={row.key}
          type="text"
          className="markup-legend-name"
          data-style-key={row.key}
          maxLength={60}
          value={markup.names[row.key] ?? ''}
          placeholder={row.defaultLabel}
          aria-label={mm.legendNameOf(row.defaultLabel)}
          onChange={(e) => actions.setMarkupName(row.key, e.target.value)}
        />
      ))}
    </fieldset>
  );
}
