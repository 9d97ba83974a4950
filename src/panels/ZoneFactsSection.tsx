/**
 * Area and distances for the open zone, each computed by src/geo, printed as its one figure
 * (src/geo/figures.ts) and said how it was measured; a published area or a document's distance
 * stands beside the map's own, with a line on how the two relate.
 */
import { useMemo } from 'react';
import { zoneById } from '../content';
import type { ZoneContent } from '../content/types';
import { areaAgreement, areaFigure, distanceFigure, distanceRelation } from '../geo/figures';
import { CIVIC_CENTRE } from '../geo/landmarks';
import { type ZoneFacts, zoneFacts } from '../geo/zoneFacts';
import { formatArea, formatPercent, formatPublishedKm2, formatUncertainDistance } from '../i18n/format';
import { messagesFor, type Lang } from '../i18n';
import { useAtlasStore } from '../state/store';
import { ZoneLink } from './ZoneLink';

function AreaFacts({ facts, lang }: { facts: ZoneFacts; lang: Lang }) {
  const m = messagesFor(lang);
  if (facts.areaKm2 === null) return null;
  const computed = areaFigure(facts.areaKm2, facts.perimeterKm, facts.accuracyM);
  if (!facts.published)
    return (
      <>
        <dt>{m.panel.area}</dt>
        <dd data-fact="area">{formatArea(computed, lang)}</dd>
      </>
    );
  const agreement = areaAgreement(computed, facts.published.km2);
  const off = formatPercent(agreement.offPercent, lang);
  return (
    <>
      <dt>{m.panel.publishedArea}</dt>
      <dd data-fact="published-area">
        {formatPublishedKm2(facts.published.km2, lang)} <small className="basis">（{facts.published.source[lang]}）</small>
      </dd>
      <dt>{m.panel.computedArea}</dt>
      <dd data-fact="area">
        {formatArea(computed, lang)}
        <small className="relation" data-fact="area-relation">
          {' '}
          {agreement.withinAccuracy ? m.panel.areaAgrees(off) : m.panel.areaDiffers(off)}
        </small>
      </dd>
    </>
  );
}

/** Each distance the document gives to another zone, beside the map's two measurements of it. */
function DocumentDistances({ facts, lang }: { facts: ZoneFacts; lang: Lang }) {
  const m = messagesFor(lang);
  return facts.documentDistances.map(({ figure, distance: d }) => {
    const centre = distanceFigure(d.centreKm, d.uncertaintyM);
    const edge = distanceFigure(d.edgeKm, d.uncertaintyM);
    const relation = distanceRelation(figure.value, centre.km ?? d.centreKm, edge.km ?? d.edgeKm, centre.uncertaintyKm);
    return (
      <p key={d.id} className="figure-compare" data-fact="document-distance" data-relation={relation}>
        {m.panel.documentDistance(zoneById(d.id).name[lang], figure.display[lang])} {m.panel.mapDistance(formatUncertainDistance(d.centreKm, d.uncertaintyM, lang), formatUncertainDistance(d.edgeKm, d.uncertaintyM, lang))} {m.panel.distanceRelation[relation]}
      </p>
    );
  });
}

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
            <AreaFacts facts={facts} lang={lang} />
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
            {facts.toCivicCentre && (
              <>
                <dt>{m.panel.toCivicCentre}</dt>
                <dd data-fact="to-civic-centre" title={`${CIVIC_CENTRE.name[lang]} (±${CIVIC_CENTRE.accuracyM} m, ${m.panel.estimate})`}>
                  {facts.toCivicCentre === 'inside' ? m.panel.civicCentreInside : formatUncertainDistance(facts.toCivicCentre.km, facts.toCivicCentre.uncertaintyM, lang)}
                </dd>
              </>
            )}
            {facts.fromFutian && (
              <>
                <dt>{m.kinds.district}</dt>
                <dd>
                  <span data-fact="from-futian">{m.panel.fromFutian(formatUncertainDistance(facts.fromFutian.km, facts.fromFutian.uncertaintyM, lang), m.compass[facts.fromFutian.compass])}</span>
                  {facts.fromFutian.toEdgeKm !== null && (
                    <>
                      {lang === 'zh' ? '；' : '; '}
                      <span data-fact="from-futian-edge">{m.panel.fromFutianEdge(formatUncertainDistance(facts.fromFutian.toEdgeKm, facts.fromFutian.uncertaintyM, lang))}</span>
                    </>
                  )}
                </dd>
              </>
            )}
          </dl>
          <DocumentDistances facts={facts} lang={lang} />
          {facts.related.length > 0 && (
            <ul className="related-distances">
              {facts.related.map((r) => (
                <li key={r.id} data-placement={r.placement}>
                  <ZoneLink id={r.id} lang={lang} />
                  {r.alsoOutlined.map((id) => (
                    <span key={id}>
                      {' = '}
                      <ZoneLink id={id} lang={lang} />
                    </span>
                  ))}{' '}
                  <span>{r.placement === 'apart' ? m.panel.relatedDistance(formatUncertainDistance(r.centreKm, r.uncertaintyM, lang)) : m.panel.placement[r.placement]}</span>
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
