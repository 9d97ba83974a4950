/** The planner's own layers: import (file picker; drop on the map works too), list, remove. */
import { useMemo } from 'react';
import { zoneById } from '../content';
import { nearestZone } from '../geo/nearestZone';
import type { ZoneGeoMap } from '../geo/zones';
import { importFile } from '../import/importFile';
import { attributeNames, isNumeric } from '../layers/attributeStyle';
import { resetImportedLayers } from '../import/resetLayers';
import { messagesFor } from '../i18n';
import { formatUncertainDistance } from '../i18n/format';
import type { ImportedLayer } from '../state/imports';
import { useAtlasStore } from '../state/store';

/** The Futian zone nearest to a layer (edge to edge), for "measured against zones": the core, axis and clusters. */
function nearestPlanZone(layer: ImportedLayer, geo: ZoneGeoMap) {
  const zones = [...geo.values()].filter((zone) => ['cluster', 'core', 'axis'].includes(zoneById(zone.id).kind));
  return nearestZone(layer.collection.features, zones);
}

function ImportedRow({ layer }: { layer: ImportedLayer }) {
  const lang = useAtlasStore((s) => s.lang);
  const zoneGeo = useAtlasStore((s) => s.zoneGeo);
  const remove = useAtlasStore((s) => s.removeImportedLayer);
  const m = messagesFor(lang);
  const nearest = useMemo(() => (zoneGeo ? nearestPlanZone(layer, zoneGeo) : null), [layer, zoneGeo]);
  const comparing = useAtlasStore((s) => s.compare?.imported === layer.id);
  return (
    <li className="imported-row" data-import-id={layer.id}>
      <span className="imported-swatch" style={{ background: layer.color }} aria-hidden="true" />
      <span>
        <strong>{layer.name}</strong> · {m.layers.features(layer.collection.features.length)}
        {nearest && <small>{m.layers.nearest(zoneById(nearest.id).name[lang], formatUncertainDistance(nearest.km, zoneGeo?.get(nearest.id)?.accuracyM ?? 0, lang))}</small>}
      </span>
      <button type="button" aria-label={m.layers.remove(layer.name)} onClick={() => remove(layer.id)}>
        ×
      </button>
      <AttributeControls layer={layer} />
      <button
        type="button"
        className="compare-button"
        onClick={() => {
          const s = useAtlasStore.getState();
          s.openTable(layer.id);
          s.setDrawer('table');
        }}
      >
        {messagesFor(lang).table.open(layer.name)}
      </button>
      <button
        type="button"
        className="compare-button"
        aria-pressed={comparing}
        onClick={() => useAtlasStore.getState().setCompare(comparing ? null : { imported: layer.id, layout: 'swipe' })}
      >
        {comparing ? m.layers.stopCompare : m.layers.compare(layer.name)}
      </button>
    </li>
  );
}

/** Colour by an attribute (categories, or graduated when it holds numbers) and label by one. */
function AttributeControls({ layer }: { layer: ImportedLayer }) {
  const lang = useAtlasStore((s) => s.lang);
  const style = useAtlasStore((s) => s.styleImportedLayer);
  const m = messagesFor(lang);
  const names = useMemo(() => attributeNames(layer.collection), [layer.collection]);
  if (names.length === 0) return null;
  const current = layer.styleBy ? `${layer.styleBy.kind}:${layer.styleBy.property}` : '';
  return (
    <span className="attribute-controls">
      <select
        aria-label={m.layers.colourBy(layer.name)}
        value={current}
        onChange={(e) => {
          const [kind, ...rest] = e.target.value.split(':');
          style(layer.id, { styleBy: kind ? { kind: kind === 'graduated' ? 'graduated' : 'categories', property: rest.join(':') } : null });
        }}
      >
        <option value="">{m.layers.oneColour}</option>
        {names.map((name) => (
          <option key={`c-${name}`} value={`categories:${name}`}>
            {name}（{m.layers.categories}）
          </option>
        ))}
        {names
          .filter((name) => isNumeric(layer.collection, name))
          .map((name) => (
            <option key={`g-${name}`} value={`graduated:${name}`}>
              {name}（{m.layers.graduated}）
            </option>
          ))}
      </select>
      <select aria-label={m.layers.labelBy(layer.name)} value={layer.labelBy ?? ''} onChange={(e) => style(layer.id, { labelBy: e.target.value || null })}>
        <option value="">{m.layers.noLabel}</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </span>
  );
}

export function ImportedLayers() {
  const lang = useAtlasStore((s) => s.lang);
  const layers = useAtlasStore((s) => s.importedLayers);
  const m = messagesFor(lang);
  return (
    <fieldset>
      <legend>{m.layers.imported}</legend>
      <label className="import-picker">
        {m.layers.importButton}
        <input
          type="file"
          accept=".geojson,.json,.zip,.shp,.kml,.kmz,.csv,application/geo+json,application/json,application/zip,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
            e.target.value = '';
          }}
        />
      </label>
      <p className="hint">{m.layers.importHint}</p>
      <ul className="imported-list">
        {layers.map((l) => (
          <ImportedRow key={l.id} layer={l} />
        ))}
      </ul>
      {layers.length > 0 && (
        <button
          type="button"
          className="reset-imports"
          onClick={() => {
            resetImportedLayers();
            useAtlasStore.getState().addNotice('importsReset');
          }}
        >
          {m.layers.resetImports}
        </button>
      )}
    </fieldset>
  );
}
