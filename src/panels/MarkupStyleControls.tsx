/** The next shape's style (and the selected shape's): colour, line, fill, hatch, text size. */
import { markupMessages } from '../markup/messages';
import { MARKUP_PALETTE, STYLE_LIMITS } from '../markup/types';
import { useAtlasStore } from '../state/store';

export function MarkupStyleControls() {
  const lang = useAtlasStore((s) => s.lang);
  const style = useAtlasStore((s) => s.markupStyle);
  const selected = useAtlasStore((s) => s.markup.shapes.find((x) => x.id === s.markupSelectedId));
  const set = useAtlasStore((s) => s.setMarkupStyle);
  const mm = markupMessages(lang);
  // A selected shape shows its own style; a change applies to it and to the next shape.
  const shown = selected?.style ?? style;
  return (
    <fieldset className="markup-style">
      <legend>{mm.style}</legend>
      <div className="markup-colours" role="radiogroup" aria-label={mm.colour}>
        {MARKUP_PALETTE.map((c, i) => (
          <label key={c.hex} className="markup-colour" style={{ background: c.hex }} title={c.name[lang]}>
            <input type="radio" name="markup-colour" checked={shown.color === i} aria-label={mm.colourName(c.name[lang])} onChange={() => set({ color: i })} />
          </label>
        ))}
      </div>
      <label>
        {mm.width} <output>{shown.width}</output>
        <input type="range" min={STYLE_LIMITS.width[0]} max={STYLE_LIMITS.width[1]} value={shown.width} onChange={(e) => set({ width: Number(e.target.value) })} />
      </label>
      <label>
        {mm.fill} <output>{shown.fill}%</output>
        <input type="range" min={STYLE_LIMITS.fill[0]} max={STYLE_LIMITS.fill[1]} step={5} value={shown.fill} onChange={(e) => set({ fill: Number(e.target.value) })} />
      </label>
      <label>
        {mm.textSize} <output>{shown.text}</output>
        <input type="range" min={STYLE_LIMITS.text[0]} max={STYLE_LIMITS.text[1]} step={2} value={shown.text} onChange={(e) => set({ text: Number(e.target.value) })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={shown.dashed} onChange={(e) => set({ dashed: e.target.checked })} />
        {mm.dashed}
      </label>
      <label className="check">
        <input type="checkbox" checked={shown.hatch} onChange={(e) => set({ hatch: e.target.checked })} />
        {mm.hatch}
      </label>
    </fieldset>
  );
}
