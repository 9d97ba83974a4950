/** The legend, derived from the same toggle definitions as the layer panel; only what is visible. */

import { messagesFor } from '../i18n';
import { importedLegendRows } from '../layers/imported';
import { hatchSegments } from '../layers/swatch';
import { markupLegendRows } from '../markup/legend';
import { legendFor, type Swatch } from '../layers/toggles';
import { useAtlasStore } from '../state/store';

// The swatch's hatch, as the map's pattern and an export's legend draw it.
const HATCH_PATH = hatchSegments({ x: 1, y: 1, w: 20, h: 12 }, 4)
  .map(([[x0, y0], [x1, y1]]) => `M${x0} ${y0}L${x1} ${y1}`)
  .join('');

function SwatchIcon({ swatch }: { swatch: Swatch }) {
  if (swatch.circle) {
    return (
      <svg className="swatch" width="18" height="18" aria-hidden="true">
        <circle cx="9" cy="9" r="6" fill={swatch.circle} stroke={swatch.circleStroke} strokeWidth="2" />
      </svg>
    );
  }
  return (
    <svg className="swatch" width="22" height="14" aria-hidden="true">
      {swatch.fill && <rect x="1" y="1" width="20" height="12" fill={swatch.fill} fillOpacity={swatch.fillOpacity ?? 1} />}
      {swatch.hatch && <path d={HATCH_PATH} stroke={swatch.hatch} strokeWidth="1" />}
      {swatch.line && (
        <rect x="1" y="1" width="20" height="12" fill="none" stroke={swatch.line} strokeWidth="2" strokeDasharray={swatch.lineDashed ? '4 2' : undefined} />
      )}
    </svg>
  );
}

export function Legend() {
  const lang = useAtlasStore((s) => s.lang);
  const visibility = useAtlasStore((s) => s.visibility);
  const imported = useAtlasStore((s) => s.importedLayers);
  const markup = useAtlasStore((s) => s.markup);
  const markupVisible = useAtlasStore((s) => s.markupVisible);
  const m = messagesFor(lang);
  const groups = legendFor(visibility);
  const markupRows = markupVisible ? markupLegendRows(markup, lang) : [];
  if (groups.length === 0 && imported.length === 0 && markupRows.length === 0) return null;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <details open>
        <summary id="legend-title">{m.layers.legend}</summary>
        <ul>
          {groups.flatMap(({ toggle, entries }) =>
            entries.map((e) => (
              <li key={`${toggle.id}-${e.label.zh}`} data-legend-layer={toggle.id}>
                <SwatchIcon swatch={e.swatch} />
                <span>{e.label[lang]}</span>
              </li>
            )),
          )}
          {markupRows.map((row) => (
            <li key={row.key} data-legend-layer="markup">
              <SwatchIcon swatch={row.swatch} />
              <span>{row.label}</span>
            </li>
          ))}
          {imported.flatMap((l) =>
            importedLegendRows(l, lang).map((row) => (
              <li key={`${l.id}-${row.label}`} data-legend-layer={l.id}>
                <SwatchIcon swatch={row.swatch} />
                <span>{row.label}</span>
              </li>
            )),
          )}
        </ul>
      </details>
    </section>
  );
}
