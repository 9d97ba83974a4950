/** Search as a combobox (WAI-ARIA pattern): type, move with ↑/↓, Enter selects and frames the zone. */
import { useId, useMemo, useState } from 'react';
import { ZONES } from '../content';
import { messagesFor } from '../i18n';
import { useAtlasStore } from '../state/store';
import { searchZones } from '../zones/search';

export function Search() {
  const lang = useAtlasStore((s) => s.lang);
  const selectZone = useAtlasStore((s) => s.selectZone);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const m = messagesFor(lang);
  const results = useMemo(() => searchZones(query, ZONES), [query]);
  const expanded = open && query.trim() !== '';

  const choose = (index: number) => {
    const zone = results[index];
    if (!zone) return;
    selectZone(zone.id, 'search', { frame: true });
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
        aria-activedescendant={expanded && results[active] ? `${listId}-${results[active].id}` : undefined}
        placeholder={m.search.placeholder}
        value={query}
        maxLength={80}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        // Options keep the focus here (mouse-down is prevented on them), so a blur really leaves.
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
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
            results.map((zone, i) => (
              // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox input
              // biome-ignore lint/a11y/useKeyWithClickEvents: the input handles the keys
              <div
                key={zone.id}
                id={`${listId}-${zone.id}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
              >
                <span>{zone.name[lang]}</span> <small>{m.kinds[zone.kind]}</small>
              </div>
            ))
          )}
        </div>
      )}
    </div>
  );
}
