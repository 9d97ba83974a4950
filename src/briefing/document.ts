/**
 * A planner's briefing as a document: a title, a subtitle and steps, kept in this browser and
 * saved to / opened from a `.json` file. A file is outside input: it is validated step by step,
 * a bad step is named and left out (the rest kept), and an older format is migrated. Pure.
 */
import * as v from 'valibot';
import { newKey } from '../encoding/key';
import { type BriefingStep, MAX_STEPS, MAX_TITLE, parseStep } from '../embed/briefing';

export const FILE_FORMAT = 'futian-atlas-briefing';
/** 1: a bare array of steps (the share dialog's download before briefings had titles); 2: this document. */
export const FILE_VERSION = 2;
export const MAX_SUBTITLE = 160;

/** A step in the builder: the step and a key that names it while it is edited (never saved). */
export interface BuilderStep extends BriefingStep {
  key: string;
}

export interface BriefingDoc {
  id: string;
  title: string;
  subtitle: string;
  steps: BuilderStep[];
  /** ISO 8601: the last change (the list shows the newest first). */
  updated: string;
}

export function withKey(step: BriefingStep): BuilderStep {
  return { ...step, key: newKey() };
}

/** The step as it is saved and linked: without the builder's key. */
export function plainStep({ key: _key, ...step }: BuilderStep): BriefingStep {
  return step;
}

export function emptyBriefing(title: string, now = new Date()): BriefingDoc {
  return { id: newKey('b'), title, subtitle: '', steps: [], updated: now.toISOString() };
}

/** Why a file or a stored briefing could not be used at all. */
export type RefusalKind = 'notJson' | 'notBriefing' | 'newerVersion' | 'noSteps' | 'noValidStep';

/** A step that was left out: its number (1-based) and what was wrong with it. */
export interface StepProblem {
  step: number;
  field: string;
}

export type ReadResult = { ok: true; doc: BriefingDoc; problems: StepProblem[]; migratedFrom: number | null } | { ok: false; kind: RefusalKind; detail?: string };

const text = (max: number) =>
  v.optional(
    v.pipe(
      v.string(),
      v.transform((t) => t.slice(0, max)),
    ),
    '',
  );

const HeadSchema = v.object({
  format: v.literal(FILE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  id: v.optional(v.string()),
  title: text(MAX_TITLE),
  subtitle: text(MAX_SUBTITLE),
  steps: v.array(v.unknown()),
  updated: v.optional(v.string()),
});

function stepsFrom(list: unknown[]): { steps: BuilderStep[]; problems: StepProblem[] } {
  const steps: BuilderStep[] = [];
  const problems: StepProblem[] = [];
  list.slice(0, MAX_STEPS).forEach((raw, i) => {
    const parsed = parseStep(raw);
    if ('step' in parsed) steps.push(withKey(parsed.step));
    else problems.push({ step: i + 1, field: parsed.field });
  });
  return { steps, problems };
}

const safeIso = (value: string | undefined, now: Date) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : now.toISOString());

/** Reads a parsed file (or a stored briefing): a document with the steps that pass, or why none could be used. */
export function readBriefingValue(value: unknown, now = new Date()): ReadResult {
  if (Array.isArray(value)) {
    // Version 1: the steps alone. Migrated to a document with no title (the planner names it).
    if (value.length === 0) return { ok: false, kind: 'noSteps' };
    const { steps, problems } = stepsFrom(value);
    if (steps.length === 0) return { ok: false, kind: 'noValidStep' };
    return { ok: true, doc: { ...emptyBriefing('', now), steps }, problems, migratedFrom: 1 };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== FILE_FORMAT) return { ok: false, kind: 'notBriefing' };
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > FILE_VERSION) return { ok: false, kind: 'newerVersion', detail: String(version) };
  const head = v.safeParse(HeadSchema, value);
  if (!head.success) return { ok: false, kind: 'notBriefing', detail: v.getDotPath(head.issues[0]) ?? undefined };
  const { steps, problems } = stepsFrom(head.output.steps);
  if (head.output.steps.length > 0 && steps.length === 0) return { ok: false, kind: 'noValidStep' };
  const id = head.output.id && /^[a-z0-9]{1,40}$/i.test(head.output.id) ? head.output.id : newKey('b');
  return { ok: true, doc: { id, title: head.output.title, subtitle: head.output.subtitle, steps, updated: safeIso(head.output.updated, now) }, problems, migratedFrom: null };
}

/** Reads a file's text (at most 2 MB: a 50-step briefing with full notes is under 200 KB). */
export function readBriefingFile(textOfFile: string, now = new Date()): ReadResult {
  if (textOfFile.length > 2_000_000) return { ok: false, kind: 'notBriefing', detail: 'size' };
  let value: unknown;
  try {
    value = JSON.parse(textOfFile);
  } catch {
    return { ok: false, kind: 'notJson' };
  }
  return readBriefingValue(value, now);
}

/** The document as a file (and as it is stored): versioned, without the builder's keys. */
export function briefingFileValue(doc: BriefingDoc): Record<string, unknown> {
  return { format: FILE_FORMAT, version: FILE_VERSION, id: doc.id, title: doc.title, subtitle: doc.subtitle, updated: doc.updated, steps: doc.steps.map(plainStep) };
}

export function briefingFileText(doc: BriefingDoc): string {
  return `${JSON.stringify(briefingFileValue(doc), null, 2)}\n`;
}

/** The list edits, each a new array (the store keeps the old one for undo). */
export function moveStep<T>(steps: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const out = [...steps];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved);
  return out;
}

export function duplicateStep(steps: readonly BuilderStep[], index: number): BuilderStep[] {
  const step = steps[index];
  if (!step || steps.length >= MAX_STEPS) return [...steps];
  return [...steps.slice(0, index + 1), withKey(plainStep(step)), ...steps.slice(index + 1)];
}
