/**
 * Content checks, pure: run by the unit tests, by `npm run validate:data`, and at start-up in the
 * app. The shape of each record is a valibot schema; what spans records (ids unique and complete,
 * links to other zones, the 辐射带动 rule) is checked after it. Every problem names the zone id and
 * the field so a hand edit can be fixed in one hop.
 */
import * as v from 'valibot';
import { LANGS } from '../i18n/messages';
import { isZoneId, ZONE_IDS, ZONE_KINDS } from '../zones/ids';
import { DOCUMENT_IDS, type DocumentInfo, FIGURE_SCOPES, FIGURE_STATUSES, type ZoneContent } from './types';

export interface Problem {
  where: string;
  message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// Content is shown as text, never HTML; markup here is a mistake (or an attack) either way.
const Text = v.pipe(
  v.string('missing text'),
  v.check((t) => t.trim() !== '', 'missing text'),
  v.check((t) => !/<[a-z!/]/i.test(t), 'contains markup'),
);
const Localized = v.object(Object.fromEntries(LANGS.map((lang) => [lang, Text])) as Record<(typeof LANGS)[number], typeof Text>, 'must be an object with zh and en text');
const NonEmpty = (message: string) => v.pipe(v.string(message), v.check((t) => t.trim() !== '', message));

function contentSchemas(docs: readonly string[]) {
  const DocumentSource = v.object(
    {
      doc: v.picklist(docs, (issue) => `unknown document "${String(issue.input)}"`),
      section: NonEmpty('missing section'),
    },
    'missing source',
  );
  const Source = v.lazy((input) => (isObject(input) && 'estimate' in input ? v.object({ estimate: Localized }) : DocumentSource));
  const Statement = v.object({ text: Localized, source: Source }, 'must be an object');
  const Statements = v.array(Statement, 'must be a list');
  const yearMessage = 'must be a year between 1978 and 2050';
  const Year = v.pipe(v.number(yearMessage), v.integer(yearMessage), v.minValue(1978, yearMessage), v.maxValue(2050, yearMessage));
  const Figure = v.object(
    {
      measure: Localized,
      unit: Localized,
      display: Localized,
      value: v.pipe(v.number('must be a finite number'), v.finite('must be a finite number')),
      scope: v.picklist(FIGURE_SCOPES, `must be one of ${FIGURE_SCOPES.join(', ')}`),
      year: v.optional(Year),
      status: v.optional(v.picklist(FIGURE_STATUSES, `must be one of ${FIGURE_STATUSES.join(', ')}`)),
      baseline: v.optional(v.object({ value: v.pipe(v.number('must be a finite number'), v.finite('must be a finite number')), display: Localized, year: v.optional(Year) })),
      measuredTo: v.optional(v.custom((id) => typeof id === 'string' && isZoneId(id), 'must be a zone id')),
      source: v.lazy((input) => (isObject(input) && !('estimate' in input) ? DocumentSource : v.custom(() => false, 'a figure must cite a document'))),
    },
    'must be an object',
  );
  const ZoneIdList = v.array(v.custom((id) => typeof id === 'string' && isZoneId(id)), 'must be a list of other zone ids');
  const Zone = v.object(
    {
      kind: v.picklist(ZONE_KINDS, (issue) => `unknown kind "${String(issue.input)}"`),
      name: Localized,
      mapName: v.optional(Localized),
      aliases: v.optional(v.array(v.string('must be a list of strings'), 'must be a list of strings')),
      memberOf: v.optional(ZoneIdList),
      radiatedBy: v.optional(ZoneIdList),
      role: v.object({ text: Localized, source: Source }, 'missing role'),
      positioning: v.optional(Statement),
      industries: Statements,
      measures: Statements,
      figures: v.array(Figure, 'must be a list'),
      goals: v.optional(v.array(v.object({ year: Year, text: Localized, source: DocumentSource }, 'must be an object'), 'must be a list')),
      related: v.array(
        v.object({ id: v.custom((id) => typeof id === 'string' && isZoneId(id), (issue) => `unknown zone id "${String(issue.input)}"`), relation: Localized }),
        'must be a list',
      ),
    },
    'must be an object',
  );
  return { Zone };
}

const DocumentSchema = v.object(
  {
    id: v.picklist(DOCUMENT_IDS, (issue) => `unknown document id "${String(issue.input)}"`),
    file: NonEmpty('missing file'),
    date: NonEmpty('missing date'),
    title: Localized,
    issuer: Localized,
  },
  'must be an object',
);

/** `a.b[0].c` from a valibot issue's path. */
function pathText(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');
}

function problemsOf(schema: v.GenericSchema, value: unknown, where: string): Problem[] {
  const result = v.safeParse(schema, value);
  if (result.success) return [];
  return result.issues.map((issue) => {
    const path = pathText(issue);
    // valibot words a missing key with its parent object's message: name the key instead.
    const lastKey = issue.path?.at(-1)?.key;
    const missing = issue.type === 'object' && issue.input === undefined && typeof lastKey === 'string';
    // A wrong related id: the problem names the entry, not its `id` key.
    return { where: `${where}${path.replace(/(\.related\[\d+\])\.id$/, '$1')}`, message: missing ? `missing ${lastKey}` : issue.message };
  });
}

export function validateDocuments(value: unknown): Problem[] {
  if (!Array.isArray(value)) return [{ where: 'documents', message: 'must be a list' }];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [i, d] of value.entries()) {
    const where = `documents[${i}]`;
    problems.push(...problemsOf(DocumentSchema, d, where));
    if (!isObject(d)) continue;
    if (seen.has(String(d.id))) problems.push({ where: `${where}.id`, message: 'duplicate id' });
    seen.add(String(d.id));
  }
  return problems;
}

export function validateZones(value: unknown, documents: readonly DocumentInfo[]): Problem[] {
  if (!Array.isArray(value)) return [{ where: 'zones', message: 'must be a list' }];
  const { Zone } = contentSchemas(documents.map((d) => d.id));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [i, z] of value.entries()) {
    if (!isObject(z)) {
      problems.push({ where: `zones[${i}]`, message: 'must be an object' });
      continue;
    }
    const id = String(z.id);
    const where = `zone "${id}"`;
    if (!isZoneId(id)) problems.push({ where, message: 'id is not in the public zone id list (src/zones/ids.ts)' });
    if (seen.has(id)) problems.push({ where, message: 'duplicate id' });
    seen.add(id);
    problems.push(...problemsOf(Zone, z, where));
    // What a schema of one record cannot see: links to itself, and the 辐射带动 rule.
    if (Array.isArray(z.related))
      for (const [j, r] of z.related.entries()) if (isObject(r) && r.id === id) problems.push({ where: `${where}.related[${j}]`, message: 'a zone cannot be related to itself' });
    for (const key of ['memberOf', 'radiatedBy'] as const)
      if (Array.isArray(z[key]) && (z[key] as unknown[]).includes(id)) problems.push({ where: `${where}.${key}`, message: 'must be a list of other zone ids' });
    // 003 Q11 tells members (链接, 围绕) from areas a belt only radiates to (辐射带动): a role
    // that says the zone is radiated to must not also make it a member.
    const roleZh = isObject(z.role) && isObject(z.role.text) ? String(z.role.text.zh ?? '') : '';
    if (Array.isArray(z.memberOf) && z.memberOf.length > 0 && /受.*辐射带动/.test(roleZh))
      problems.push({ where: `${where}.memberOf`, message: 'its role says a belt radiates to it (辐射带动); that is radiatedBy, not membership' });
  }
  for (const id of ZONE_IDS) if (!seen.has(id)) problems.push({ where: `zone "${id}"`, message: 'has no content' });
  problems.push(...figureRules(value, documents));
  return problems;
}

/**
 * What the audit found, as rules: a figure shown on several panels describes something larger than
 * any one of them (its scope cannot be "zone"); a target states its year; a year is plausible for
 * the document (a result no later than the document, a target no earlier).
 */
function figureRules(zones: unknown[], documents: readonly DocumentInfo[]): Problem[] {
  const problems: Problem[] = [];
  const docYear = new Map<string, number>(documents.map((d) => [d.id, Number.parseInt(d.date.slice(0, 4), 10)]));
  const copies = new Map<string, Array<{ where: string; scope: unknown }>>();
  for (const z of zones) {
    if (!isObject(z) || !Array.isArray(z.figures)) continue;
    for (const [j, f] of z.figures.entries()) {
      if (!isObject(f) || !isObject(f.measure) || !isObject(f.display) || !isObject(f.source)) continue;
      const where = `zone "${String(z.id)}".figures[${j}]`;
      const key = `${String(f.measure.zh)}|${String(f.display.zh)}`;
      copies.set(key, [...(copies.get(key) ?? []), { where, scope: f.scope }]);
      if (f.status === 'target' && typeof f.year !== 'number') problems.push({ where: `${where}.year`, message: 'a target must state the year the document gives it' });
      const published = docYear.get(String(f.source.doc));
      if (typeof f.year === 'number' && published !== undefined) {
        if (f.status === 'target' && f.year < published) problems.push({ where: `${where}.year`, message: `a target year before its document (${published})` });
        if (f.status !== 'target' && f.year > published) problems.push({ where: `${where}.year`, message: `a result dated after its document (${published})` });
      }
    }
  }
  for (const list of copies.values())
    if (list.length > 1)
      for (const { where, scope } of list) if (scope === 'zone') problems.push({ where: `${where}.scope`, message: 'the same figure is on another panel too: it describes more than this zone' });
  return problems;
}

/** Narrows checked JSON to the content type; throws with every problem listed. */
export function assertZones(value: unknown, documents: readonly DocumentInfo[]): ZoneContent[] {
  const problems = validateZones(value, documents);
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return value as ZoneContent[];
}

export function formatProblems(file: string, problems: readonly Problem[]): string {
  return problems.map((p) => `${file}: ${p.where}: ${p.message}`).join('\n');
}
