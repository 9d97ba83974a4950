/**
 * The policy panel of the selected zone: a non-modal dialog named after the zone. Everything in it
 * is content data (data/content/zones.json) with its source, or a figure from src/geo.
 */
import { useEffect, useRef, useState } from 'react';
import { DOCUMENTS, zoneById } from '../content';
import { isDocumentSource, type Statement } from '../content/types';
import { messagesFor, type Lang } from '../i18n';
import { useAtlasStore } from '../state/store';
import type { ZoneId } from '../zones/ids';
import { Cite } from './Cite';
import { FiguresSection } from './FiguresSection';
import { TargetsChart } from './TargetsChart';
import { ZoneFactsSection } from './ZoneFactsSection';
import { ZoneLink } from './ZoneLink';

function StatementList({ title, items, lang }: { title: string; items: Statement[]; lang: Lang }) {
  if (items.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {items.map((s) => (
          <li key={s.text.zh}>
            {s.text[lang]} <Cite source={s.source} lang={lang} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PolicyPanel() {
  const lang = useAtlasStore((s) => s.lang);
  const selectedId = useAtlasStore((s) => s.selectedZoneId);
  const alsoHere = useAtlasStore((s) => s.alsoHere);
  const origin = useAtlasStore((s) => s.selectionOrigin);
  const clear = useAtlasStore((s) => s.clearSelection);
  const embed = useAtlasStore((s) => s.embed);
  const [expandedFor, setExpandedFor] = useState<ZoneId | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const m = messagesFor(lang);

  // Keyboard and list users land on the panel they opened; map clicks keep focus on the map.
  useEffect(() => {
    if (selectedId && (origin === 'list' || origin === 'search' || origin === 'link')) headingRef.current?.focus();
  }, [selectedId, origin]);

  if (!selectedId) return null;
  const zone = zoneById(selectedId);
  // In an embed or a briefing the panel starts as a title chip: the map and the step buttons stay
  // visible, and the reader opens the details when they want them.
  const collapsed = embed && expandedFor !== selectedId;
  const toggle = (
    <button type="button" className="expand" aria-expanded={!collapsed} aria-controls="policy-panel-body" onClick={() => setExpandedFor(collapsed ? selectedId : null)}>
      {collapsed ? m.panel.expand : m.panel.collapse}
    </button>
  );
  const header = (
    <header className="policy-panel-header">
      <p className="kind-badge">{m.kinds[zone.kind]}</p>
      <h2 id="policy-panel-title" ref={headingRef} tabIndex={-1}>
        {zone.name[lang]}
      </h2>
      {embed && toggle}
      <button type="button" className="close" onClick={() => clear('map')} aria-label={m.panel.close}>
        ×
      </button>
    </header>
  );
  if (collapsed)
    return (
      <aside className="policy-panel collapsed" role="dialog" aria-modal="false" aria-labelledby="policy-panel-title" data-zone-id={zone.id}>
        {header}
      </aside>
    );
  const cited = new Set(
    [zone.role, zone.positioning, ...zone.industries, ...zone.measures, ...zone.figures, ...(zone.goals ?? [])]
      .flatMap((s) => (s ? [s.source] : []))
      .filter(isDocumentSource)
      .map((s) => s.doc),
  );
  return (
    <aside className="policy-panel" role="dialog" aria-modal="false" aria-labelledby="policy-panel-title" data-zone-id={zone.id} id="policy-panel-body">
      {header}
      {alsoHere.length > 0 && (
        <p className="also-here">
          {m.panel.alsoHere}：
          {alsoHere.map((id) => (
            <ZoneLink key={id} id={id} lang={lang} />
          ))}
        </p>
      )}
      <section>
        <h3>{m.panel.role}</h3>
        <p>
          {zone.role.text[lang]} <Cite source={zone.role.source} lang={lang} />
        </p>
      </section>
      {zone.positioning && (
        <section>
          <h3>{m.panel.positioning}</h3>
          <p className="slogan">
            {zone.positioning.text[lang]} <Cite source={zone.positioning.source} lang={lang} />
          </p>
        </section>
      )}
      {zone.goals && zone.goals.length > 0 && (
        <section className="goals">
          <h3>{m.panel.goals}</h3>
          <dl>
            {zone.goals.map((g) => (
              <div key={g.year}>
                <dt>{m.panel.goalYear(g.year)}</dt>
                <dd>
                  {g.text[lang]} <Cite source={g.source} lang={lang} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <StatementList title={m.panel.industries} items={zone.industries} lang={lang} />
      <StatementList title={m.panel.measures} items={zone.measures} lang={lang} />
      <TargetsChart figures={zone.figures} zoneName={zone.name[lang]} lang={lang} />
      <FiguresSection figures={zone.figures} lang={lang} />
      {zone.related.length > 0 && (
        <section>
          <h3>{m.panel.related}</h3>
          <ul className="related">
            {zone.related.map((r) => (
              <li key={r.id}>
                <ZoneLink id={r.id} lang={lang} /> <span className="relation">{r.relation[lang]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ZoneFactsSection zone={zone} lang={lang} />
      <p>
        <button type="button" className="zone-link" onClick={() => useAtlasStore.getState().measureFromZone(zone.id)}>
          {m.measure.fromThisZone}
        </button>
      </p>
      <section>
        <h3>{m.panel.sources}</h3>
        <ul className="sources">
          {DOCUMENTS.filter((d) => cited.has(d.id)).map((d) => (
            <li key={d.id}>{m.panel.documentLine(d.id, d.title[lang], d.issuer[lang], d.date)}</li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
