/**
 * Content checks, pure: run by the unit tests, by `npm run validate:data`, and at start-up in the
 * app. Every problem names the zone id and the field so a hand edit can be fixed in one hop.
 */
import { LANGS } from '../i18n/messages';
import { isZoneId, ZONE_IDS, ZONE_KINDS } from '../zones/ids';
import { DOCUMENT_IDS, type DocumentInfo, FIGURE_STATUSES, type Source, type ZoneContent } from './types';

export interface Problem {
  where: string;
  message: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkLocalized(value: unknown, where: string, problems: Problem[]): void {
  if (!isObject(value)) {
    problems.push({ where, message: 'must be an object with zh and en text' });
    return;
  }
  for (const lang of LANGS) {
    const text = value[lang];
    if (typeof text !== 'string' || text.trim() === '') problems.push({ where: `${where}.${lang}`, message: 'missing text' });
    // Content is shown as text, never HTML; markup here is a mistake (or an attack) either way.
    else if (/<[a-z!/]/i.test(text)) problems.push({ where: `${where}.${lang}`, message: 'contains markup' });
  }
}

function checkSource(value: unknown, where: string, docs: ReadonlySet<string>, problems: Problem[]): void {
  if (!isObject(value)) {
    problems.push({ where, message: 'missing source' });
    return;
  }
  if ('estimate' in value) {
    checkLocalized(value.estimate, `${where}.estimate`, problems);
    return;
  }
  if (typeof value.doc !== 'string' || !docs.has(value.doc)) problems.push({ where: `${where}.doc`, message: `unknown document "${String(value.doc)}"` });
  if (typeof value.section !== 'string' || value.section.trim() === '') problems.push({ where: `${where}.section`, message: 'missing section' });
}

function checkStatements(value: unknown, where: string, docs: ReadonlySet<string>, problems: Problem[], required: boolean): void {
  if (!Array.isArray(value)) {
    problems.push({ where, message: 'must be a list' });
    return;
  }
  if (required && value.length === 0) problems.push({ where, message: 'must not be empty' });
  for (const [i, s] of value.entries()) {
    const w = `${where}[${i}]`;
    if (!isObject(s)) {
      problems.push({ where: w, message: 'must be an object' });
      continue;
    }
    checkLocalized(s.text, `${w}.text`, problems);
    checkSource(s.source as Source, `${w}.source`, docs, problems);
  }
}

function checkFigure(f: unknown, where: string, docs: ReadonlySet<string>, problems: Problem[]): void {
  if (!isObject(f)) {
    problems.push({ where, message: 'must be an object' });
    return;
  }
  checkLocalized(f.measure, `${where}.measure`, problems);
  checkLocalized(f.unit, `${where}.unit`, problems);
  checkLocalized(f.display, `${where}.display`, problems);
  if (typeof f.value !== 'number' || !Number.isFinite(f.value)) problems.push({ where: `${where}.value`, message: 'must be a finite number' });
  if (typeof f.year !== 'number' || !Number.isInteger(f.year) || f.year < 1978 || f.year > 2050) problems.push({ where: `${where}.year`, message: 'must be a year between 1978 and 2050' });
  if (!(FIGURE_STATUSES as readonly unknown[]).includes(f.status)) problems.push({ where: `${where}.status`, message: `must be one of ${FIGURE_STATUSES.join(', ')}` });
  if (!isObject(f.source) || 'estimate' in f.source) problems.push({ where: `${where}.source`, message: 'a figure must cite a document' });
  else checkSource(f.source, `${where}.source`, docs, problems);
}

export function validateDocuments(value: unknown): Problem[] {
  const problems: Problem[] = [];
  if (!Array.isArray(value)) return [{ where: 'documents', message: 'must be a list' }];
  const seen = new Set<string>();
  for (const [i, d] of value.entries()) {
    const where = `documents[${i}]`;
    if (!isObject(d)) {
      problems.push({ where, message: 'must be an object' });
      continue;
    }
    if (!(DOCUMENT_IDS as readonly unknown[]).includes(d.id)) problems.push({ where: `${where}.id`, message: `unknown document id "${String(d.id)}"` });
    if (seen.has(String(d.id))) problems.push({ where: `${where}.id`, message: 'duplicate id' });
    seen.add(String(d.id));
    if (typeof d.file !== 'string' || d.file === '') problems.push({ where: `${where}.file`, message: 'missing file' });
    if (typeof d.date !== 'string' || d.date === '') problems.push({ where: `${where}.date`, message: 'missing date' });
    checkLocalized(d.title, `${where}.title`, problems);
    checkLocalized(d.issuer, `${where}.issuer`, problems);
  }
  return problems;
}

export function validateZones(value: unknown, documents: readonly DocumentInfo[]): Problem[] {
  const problems: Problem[] = [];
  if (!Array.isArray(value)) return [{ where: 'zones', message: 'must be a list' }];
  const docs = new Set<string>(documents.map((d) => d.id));
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
    if (!(ZONE_KINDS as readonly unknown[]).includes(z.kind)) problems.push({ where: `${where}.kind`, message: `unknown kind "${String(z.kind)}"` });
    checkLocalized(z.name, `${where}.name`, problems);
    if (!isObject(z.role)) problems.push({ where: `${where}.role`, message: 'missing role' });
    else checkStatements([z.role], `${where}.role`, docs, problems, true);
    if (z.positioning !== undefined) checkStatements([z.positioning], `${where}.positioning`, docs, problems, true);
    checkStatements(z.industries, `${where}.industries`, docs, problems, false);
    checkStatements(z.measures, `${where}.measures`, docs, problems, false);
    if (!Array.isArray(z.figures)) problems.push({ where: `${where}.figures`, message: 'must be a list' });
    else for (const [j, f] of z.figures.entries()) checkFigure(f, `${where}.figures[${j}]`, docs, problems);
    if (!Array.isArray(z.related)) problems.push({ where: `${where}.related`, message: 'must be a list' });
    else
      for (const [j, r] of z.related.entries()) {
        const w = `${where}.related[${j}]`;
        if (!isObject(r) || typeof r.id !== 'string' || !isZoneId(r.id)) problems.push({ where: w, message: `unknown zone id "${isObject(r) ? String(r.id) : ''}"` });
        else if (r.id === id) problems.push({ where: w, message: 'a zone cannot be related to itself' });
        if (isObject(r)) checkLocalized(r.relation, `${w}.relation`, problems);
      }
    for (const key of ['memberOf', 'radiatedBy'] as const) {
      const list = z[key];
      if (list !== undefined && (!Array.isArray(list) || !list.every((m) => typeof m === 'string' && isZoneId(m) && m !== id)))
        problems.push({ where: `${where}.${key}`, message: 'must be a list of other zone ids' });
    }
    // 003 Q11 tells members (链接, 围绕) from areas a belt only radiates to (辐射带动): a role
    // that says the zone is radiated to must not also make it a member.
    const roleZh = isObject(z.role) && isObject(z.role.text) ? String(z.role.text.zh ?? '') : '';
    if (Array.isArray(z.memberOf) && z.memberOf.length > 0 && /受.*辐射带动/.test(roleZh))
      problems.push({ where: `${where}.memberOf`, message: 'its role says a belt radiates to it (辐射带动); that is radiatedBy, not membership' });
    if (z.aliases !== undefined && (!Array.isArray(z.aliases) || !z.aliases.every((a) => typeof a === 'string'))) problems.push({ where: `${where}.aliases`, message: 'must be a list of strings' });
  }
  for (const id of ZONE_IDS) if (!seen.has(id)) problems.push({ where: `zone "${id}"`, message: 'has no content' });
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
