/** The planner's own layers: import (file picker; drop on the map works too), list, remove. */
import { useMemo } from 'react';
import { zoneById } from '../content';
import { edgeDistanceKm } from '../geo/measure';
import type { ZoneGeoMap } from '../geo/zones';
import { importFile } from '../import/importFile';
import { resetImportedLayers } from '../import/persist';
import { messagesFor } from '../i18n';
import { formatUncertainDistance } from '../i18n/format';
import type { ImportedLayer } from '../state/imports';
import { useAtlasStore } from '../state/store';
import type { ZoneId } from '../zones/ids';

/** The Futian zone nearest to a layer (edge to edge, first 200 features), for "measured against zones". */
function nearestZone(layer: ImportedLayer, geo: ZoneGeoMap): { id: ZoneId; km: number } | null {
  let best: { id: ZoneId; km: number } | null = null;
  for (const zone of geo.values()) {
    if (!['cluster', 'core', 'axis'].includes(zoneById(zone.id).kind)) continue;
    for (const f of layer.collection.features.slice(0, 200)) {
      let km: number;
      try {
        km = edgeDistanceKm(f.geometry, zone.geometry);
      } catch {
        // A geometry Turf cannot measure is left out of the measure, not allowed to break the panel.
        continue;
      }
      if (Number.isFinite(km) && (!best || km < best.km)) best = { id: zone.id, km };
    }
  }
  return best;
}

function ImportedRow({ layer }: { layer: ImportedLayer }) {
  const lang = useAtlasStore((s) => s.lang);
  const zoneGeo = useAtlasStore((s) => s.zoneGeo);
  const remove = useAtlasStore((s) => s.removeImportedLayer);
  const m = messagesFor(lang);
  const nearest = useMemo(() => (zoneGeo ? nearestZone(layer, zoneGeo) : null), [layer, zoneGeo]);
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
    </li>
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
          accept=".geojson,.json,.zip,.shp,application/geo+json,application/json,application/zip"
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
