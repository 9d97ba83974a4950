/** Area and distances for the open zone, each computed by src/geo and said how it was measured. */
import { useMemo } from 'react';
import type { ZoneContent } from '../content/types';
import { CIVIC_CENTRE } from '../geo/landmarks';
import { zoneFacts } from '../geo/zoneFacts';
import { roundArea } from '../geo/precision';
import { formatArea, formatUncertainDistance } from '../i18n/format';
import { messagesFor, type Lang } from '../i18n';
import { useAtlasStore } from '../state/store';
import { ZoneLink } from './ZoneLink';

export function ZoneFactsSection({ zone, lang }: { zone: ZoneContent; lang: Lang }) {
  const zoneGeo = useAtlasStore((s) => s.zoneGeo);
  const m = messagesFor(lang);
  // Computed once per zone, not on every render (language switches re-render the panel).
  const facts = useMemo(() => (zoneGeo ? zoneFacts(zone, zoneGeo) : null), [zone, zoneGeo]);
  const geo = zoneGeo?.get(zone.id);
  return (
    <section aria-labelledby="panel-distances">
      <h3 id="panel-distances">{m.panel.distances}</h3>
      {!facts ? (
        <p>{m.panel.loadingGeometry}</p>
      ) : (
        <>
          <dl className="facts">
            {facts.areaKm2 !== null && (
              <>
                <dt>{m.panel.area}</dt>
                <dd data-fact="area">{formatArea(roundArea(facts.areaKm2, facts.perimeterKm, facts.accuracyM), lang)}</dd>
              </>
            )}
            {facts.toCore && (
              <>
                <dt>{m.kinds.core}</dt>
                <dd data-fact="to-core">
                  {facts.toCore.edgeKm === 0
                    ? m.panel.toCoreTouching(formatUncertainDistance(facts.toCore.centreKm, facts.toCore.uncertaintyM, lang))
                    : m.panel.toCore(formatUncertainDistance(facts.toCore.centreKm, facts.toCore.uncertaintyM, lang), formatUncertainDistance(facts.toCore.edgeKm, facts.toCore.uncertaintyM, lang))}
                </dd>
              </>
            )}
            <dt>{m.panel.toCivicCentre}</dt>
            <dd data-fact="to-civic-centre" title={`${CIVIC_CENTRE.name[lang]} (±${CIVIC_CENTRE.accuracyM} m, ${m.panel.estimate})`}>
              {formatUncertainDistance(facts.toCivicCentreKm, facts.toCivicCentreUncertaintyM, lang)}
            </dd>
            {facts.fromFutian && (
              <>
                <dt>{m.kinds.district}</dt>
                <dd data-fact="from-futian">{m.panel.fromFutian(formatUncertainDistance(facts.fromFutian.km, facts.fromFutian.uncertaintyM, lang), m.compass[facts.fromFutian.compass])}</dd>
              </>
            )}
          </dl>
          {facts.related.length > 0 && (
            <ul className="related-distances">
              {facts.related.map((r) => (
                <li key={r.id}>
                  <ZoneLink id={r.id} lang={lang} /> <span>{m.panel.relatedDistance(formatUncertainDistance(r.centreKm, r.uncertaintyM, lang))}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="measured-how">{m.panel.measuredHow}</p>
        </>
      )}
      {geo && (
        <>
          <h4>{m.panel.geometry}</h4>
          <p className="basis">{geo.basis[lang]}</p>
        </>
      )}
    </section>
  );
}
