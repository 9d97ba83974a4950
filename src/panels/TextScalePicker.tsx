/** The slide text size (标准 / 放大 / 特大), one radio group for the export dialog and the deck. */
import { TEXT_SCALES, type TextScaleId } from '../export/presets';

export function TextScalePicker({ name, legend, labels, value, onChange }: { name: string; legend: string; labels: Record<TextScaleId, string>; value: TextScaleId; onChange: (id: TextScaleId) => void }) {
  return (
    <>
      <legend>{legend}</legend>
      {(Object.keys(TEXT_SCALES) as TextScaleId[]).map((id) => (
        <label key={id}>
          <input type="radio" name={name} checked={value === id} onChange={() => onChange(id)} />
          {labels[id]}
        </label>
      ))}
    </>
  );
}
