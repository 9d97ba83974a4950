/** Layer toggles and opacity, grouped the way the plan is read (布局, 合作地区, 底图). */
import { messagesFor } from '../i18n';
import { TOGGLE_GROUPS, TOGGLES } from '../layers/toggles';
import { useAtlasStore } from '../state/store';
import { BasemapPicker } from './BasemapPicker';
import { ImportedLayers } from './ImportedLayers';
import { MarkupLayerGroup } from './MarkupLayerGroup';

export function LayerPanel() {
  const lang = useAtlasStore((s) => s.lang);
  const visibility = useAtlasStore((s) => s.visibility);
  const opacity = useAtlasStore((s) => s.opacity);
  const setVisible = useAtlasStore((s) => s.setVisible);
  const setOpacity = useAtlasStore((s) => s.setOpacity);
  const embed = useAtlasStore((s) => s.embed);
  const controls = useAtlasStore((s) => s.controls);
  const m = messagesFor(lang);
  return (
    <section className="drawer layer-panel" aria-labelledby="layer-panel-title">
      <h2 id="layer-panel-title">{m.layers.title}</h2>
      {(!embed || controls.includes('basemap')) && <BasemapPicker />}
      {TOGGLE_GROUPS.map((group) => (
        <fieldset key={group}>
          <legend>{m.layers.groups[group]}</legend>
          {TOGGLES.filter((t) => t.group === group).map((t) => (
            <div className="layer-row" key={t.id}>
              <label>
                <input type="checkbox" checked={visibility[t.id] !== false} onChange={(e) => setVisible(t.id, e.target.checked)} data-layer-id={t.id} />
                {t.title[lang]}
              </label>
              <input
                type="range"
                min={0}
                max={100}
                step={5}
                value={Math.round((opacity[t.id] ?? 1) * 100)}
                aria-label={m.layers.opacity(t.title[lang])}
                disabled={visibility[t.id] === false}
                onChange={(e) => setOpacity(t.id, Number(e.target.value) / 100)}
              />
            </div>
          ))}
        </fieldset>
      ))}
      <MarkupLayerGroup />
      <ImportedLayers />
    </section>
  );
}
