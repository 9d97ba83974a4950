/**
 * Search as a combobox (WAI-ARIA pattern): type, move with ↑/↓, Enter selects and frames a zone,
 * or frames a road, station, landmark, river or park of the reference layer. The places' index
 * (data/content/search-places.json) is fetched when the box is first used, not with the page.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { ZoneContent } from '../content/types';
import { ZONES } from '../content';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { type SearchPlace, searchPlaces, searchZones } from '../zones/search';

type Result = { kind: 'zone'; key: string; zone: ZoneContent } | { kind: 'place'; key: string; place: SearchPlace };

/** A point (a station, a landmark) is shown at street scale; a road or river is framed whole. */
const PLACE_ZOOM = 15;
/** Extents smaller than this (degrees; a station and its landmark) are shown as a point. */
const POINT_LIKE_DEG = 0.005;

function usePlaces(wanted: boolean): readonly SearchPlace[] {
  const [places, setPlaces] = useState<readonly SearchPlace[]>([]);
  useEffect(() => {
    if (!wanted || places.length > 0) return;
    let live = true;
    import('../../data/content/search-places.json').then(
      (m) => live && setPlaces(m.default as SearchPlace[]),
      // Zones are still found; only places are missing (a failed chunk is retried on the next focus).
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, places.length]);
  return places;
}

export function Search() {
  const lang = useAtlasStore((s) => s.lang);
  const selectZone = useAtlasStore((s) => s.selectZone);
  const requestCamera = useAtlasStore((s) => s.requestCamera);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const places = usePlaces(used);
  const listId = useId();
  const m = messagesFor(lang);
  // Zones first (the plan is what the Atlas is about), then places.
  const results = useMemo<Result[]>(
    () => [...searchZones(query, ZONES, 6).map((zone) => ({ kind: 'zone' as const, key: zone.id, zone })), ...searchPlaces(query, places, 6).map((place) => ({ kind: 'place' as const, key: `place-${place.layer}-${place.id}`, place }))],
    [query, places],
  );
  const expanded = open && query.trim() !== '';

  const choose = (index: number) => {
    const result = results[index];
    if (!result) return;
    if (result.kind === 'zone') selectZone(result.zone.id, 'search', { frame: true });
    else {
      const [w, s, e, n] = result.place.bbox;
      if (e - w < POINT_LIKE_DEG && n - s < POINT_LIKE_DEG) requestCamera({ kind: 'view', view: { center: [(w + e) / 2, (s + n) / 2], zoom: PLACE_ZOOM, bearing: 0, pitch: 0 } });
      else requestCamera({ kind: 'bounds', bounds: result.place.bbox });
    }
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={m.search.label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${listId}-${results[active].key}` : undefined}
        placeholder={m.search.placeholder}
        value={query}
        maxLength={80}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          setUsed(true);
        }}
        // Options keep the focus here (mouse-down is prevented on them), so a blur really leaves.
        onBlur={() => setOpen(false)}
        onFocus={() => {
          setOpen(true);
          setUsed(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active);
          } else if (e.key === 'Escape' && expanded) {
            // Close the list first; a second Esc (handled by the app) closes the panel.
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {expanded && (
        // The WAI-ARIA combobox pattern: focus stays in the input, which owns the listbox through
        // aria-activedescendant and handles the keys; options are neither focusable nor keyed.
        <div id={listId} role="listbox" aria-label={m.search.label} className="search-results">
          {results.length === 0 ? (
            <div className="no-results">{m.search.noResults}</div>
          ) : (
            results.map((result, i) => (
              // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox input
              // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys
              <div
                key={result.key}
                id={`${listId}-${result.key}`}
                role="option"
                aria-selected={i === active}
                data-kind={result.kind}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
              >
                {result.kind === 'zone' ? (
                  <>
                    <span>{result.zone.name[lang]}</span> <small>{m.kinds[result.zone.kind]}</small>
                  </>
                ) : (
                  <>
                    <span>{result.place[lang]}</span> <small>{m.search.placeKinds[result.place.layer] ?? m.search.place}</small>
                  </>
                )}
              </div>
            ))
          )}
        </div>
      )}
    </div>
  );
}
