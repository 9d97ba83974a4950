/**
 * The district's 2025 targets as an SVG bar chart drawn from the figures. Targets have different
 * units, so bars are compared only within a unit (the firms to reach, the projects to attract …):
 * each group is scaled to its largest target, and every bar is labelled with the value as the
 * document states it. Where the document gives a baseline for the same measure, a darker part
 * shows it. Printed and exported with the panel.
 */
import type { Figure } from '../content/types';
import { type Lang, messagesFor } from '../i18n';
import { PLANNING_COLORS } from '../layers/planning';

const WIDTH = 340;
const BAR_MAX = 195;
const LINE = 13;
const BAR_H = 11;
/** Characters per label line at the chart's 10 px: CJK glyphs are a full em, Latin about half. */
const LINE_CHARS: Record<Lang, number> = { zh: 32, en: 58 };

export function targetsOf(figures: readonly Figure[], year = 2025): Figure[] {
  return figures.filter((f) => f.status === 'target' && f.year === year);
}

/** Targets grouped by unit (in first-seen order), each with its share of the group's largest value. */
export function targetGroups(targets: readonly Figure[]): Array<{ unit: Figure['unit']; rows: Array<{ figure: Figure; share: number }> }> {
  const groups = new Map<string, Figure[]>();
  for (const f of targets) groups.set(f.unit.en, [...(groups.get(f.unit.en) ?? []), f]);
  return [...groups.values()].map((figures) => {
    const max = Math.max(...figures.map((f) => f.value));
    return { unit: figures[0].unit, rows: figures.map((figure) => ({ figure, share: max > 0 ? figure.value / max : 0 })) };
  });
}

export function wrapLabel(text: string, lang: Lang): string[] {
  const limit = LINE_CHARS[lang];
  if (lang === 'zh') return Array.from({ length: Math.ceil(text.length / limit) }, (_, i) => text.slice(i * limit, (i + 1) * limit));
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= limit) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function TargetsChart({ figures, zoneName, lang }: { figures: readonly Figure[]; zoneName: string; lang: Lang }) {
  const m = messagesFor(lang);
  const targets = targetsOf(figures);
  const groups = targetGroups(targets);
  const docs = [...new Set(targets.map((f) => f.source.doc))].join('、');
  if (groups.length === 0) return null;
  let y = 0;
  const drawn = groups.map((group) => {
    const top = y;
    y += LINE + 2;
    const rows = group.rows.map(({ figure, share }) => {
      const lines = wrapLabel(figure.measure[lang], lang);
      const rowTop = y;
      y += lines.length * LINE + BAR_H + 8;
      const baseShare = figure.baseline && figure.value > 0 ? Math.min(1, figure.baseline.value / figure.value) * share : 0;
      return (
        <g key={figure.measure.zh} transform={`translate(0 ${rowTop})`} data-target={figure.measure.zh} data-share={share.toFixed(3)}>
          {lines.map((line, i) => (
            <text key={line} x={0} y={(i + 1) * LINE - 3} className="target-label">
              {line}
            </text>
          ))}
          <rect x={0} y={lines.length * LINE} width={Math.max(2, share * BAR_MAX)} height={BAR_H} className="target-bar" fill={PLANNING_COLORS.core} stroke={PLANNING_COLORS.core} />
          {baseShare > 0 && <rect x={0} y={lines.length * LINE} width={baseShare * BAR_MAX} height={BAR_H} className="target-baseline" fill={PLANNING_COLORS.core} />}
          <text x={Math.max(2, share * BAR_MAX) + 5} y={lines.length * LINE + BAR_H - 1} className="target-value">
            {figure.display[lang]}
            {figure.baseline ? ` (${m.panel.baseline} ${figure.baseline.display[lang]})` : ''}
          </text>
        </g>
      );
    });
    return (
      <g key={group.unit.en} data-unit={group.unit.en}>
        <text x={0} y={top + LINE - 2} className="target-unit">
          {m.panel.targetUnit(group.unit[lang])}
        </text>
        {rows}
      </g>
    );
  });
  return (
    <section className="targets">
      <h3>{m.panel.targets(zoneName)}</h3>
      {/* The same targets are in the figures table below, for screen readers and copying. */}
      <svg className="targets-chart" viewBox={`0 0 ${WIDTH} ${y}`} width="100%" role="img" aria-labelledby="targets-caption" data-targets={groups.reduce((n, g) => n + g.rows.length, 0)}>
        <title>{m.panel.targets(zoneName)}</title>
        {drawn}
      </svg>
      <p id="targets-caption" className="caption">
        {m.panel.targetsCaption(zoneName, docs)} {groups.some((g) => g.rows.some((r) => r.figure.baseline)) ? '' : m.panel.noBaseline}
      </p>
    </section>
  );
}
