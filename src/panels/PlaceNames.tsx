import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';

/** The labels drawn on the canvas, as text for screen readers (visually hidden). */
export function PlaceNames() {
  const lang = useAtlasStore((s) => s.lang);
  const names = useAtlasStore((s) => s.renderedPlaceNames);
  const idles = useAtlasStore((s) => s.mapIdles);
  const label = messagesFor(lang).placesOnMap;
  return (
    <ul className="visually-hidden" aria-label={label} data-testid="rendered-place-names" data-map-idles={idles}>
      {names.map((n) => (
        // data-count: how often the map placed it (the label audit fails on a zone named twice).
        <li key={n.name} data-count={n.count}>
          {n.name}
        </li>
      ))}
    </ul>
  );
}
