/**
 * Briefing views: named steps (view, layers, selection) a slide deck steps through. Built-in
 * briefings are data (data/content/briefings.json); a planner's own travel in the URL as
 * `views=` (base64url JSON). Everything read from outside is validated here. Pure.
 */
import builtIn from '../../data/content/briefings.json';
import type { Localized } from '../content/types';
import { isBasemapChoice, OFFLINE } from '../layers/basemaps';
import { isToggleId } from '../layers/toggles';
import * as v from 'valibot';
import { base64Url, fromBase64Url } from '../encoding/base64';
import { type MapView, VIEW_LIMITS } from '../state/view';
import { ViewSchema } from '../state/viewSchema';
import { isZoneId, type ZoneId } from '../zones/ids';
import { readMarkup } from '../markup/schema';
import type { Markup } from '../markup/types';

export interface BriefingStep {
  title: Localized;
  zone?: ZoneId;
  layers: string[];
  /** What the step shows: framed by the map's framing rule at any size (the view is the fallback). */
  subject?: ZoneId[];
  /** Or an area, [west, south, east, north] (a step made from the current view). */
  bounds?: [number, number, number, number];
  view: MapView;
  /** The planner's notes for this step (speaker notes in a deck), at most MAX_NOTES characters. */
  notes?: string;
  /** The basemap the step was made over (a basemap id or a style URL); absent: whatever is on. */
  basemap?: string;
  /** The planner's markup on this step (src/markup); absent (a built-in or older step): whatever is drawn stays. */
  markup?: Markup;
}

export interface Briefing {
  id: string;
  title: Localized;
  steps: BriefingStep[];
}

export const MAX_STEPS = 50;
export const MAX_TITLE = 80;
export const MAX_NOTES = 1000;

const cut = (text: string) => text.slice(0, MAX_TITLE);

/** A title in both languages, or one string for both; cut to MAX_TITLE characters. */
const TitleSchema = v.union([
  v.pipe(
    v.string(),
    v.transform((t): Localized => ({ zh: cut(t), en: cut(t) })),
  ),
  v.pipe(
    v.object({ zh: v.string(), en: v.string() }),
    v.transform((t): Localized => ({ zh: cut(t.zh), en: cut(t.en) })),
  ),
]);

/** An area inside the map's limits, west < east and south < north. */
const finite = v.pipe(v.number(), v.finite());
const BoundsSchema = v.pipe(
  v.tuple([finite, finite, finite, finite]),
  v.check(([w, s, e, n]) => w < e && s < n && w >= VIEW_LIMITS.maxBounds[0] && e <= VIEW_LIMITS.maxBounds[2] && s >= VIEW_LIMITS.maxBounds[1] && n <= VIEW_LIMITS.maxBounds[3]),
);

/** A step needs a title, a valid view and a layer list; unknown layers and an unknown zone are left out, not fatal. */
const StepSchema = v.pipe(
  v.object({
    title: TitleSchema,
    view: ViewSchema,
    layers: v.array(v.unknown()),
    zone: v.optional(v.unknown()),
    subject: v.optional(v.array(v.unknown())),
    bounds: v.optional(v.unknown()),
    notes: v.optional(v.unknown()),
    basemap: v.optional(v.unknown()),
    markup: v.optional(v.unknown()),
  }),
  v.transform(({ title, view, layers, zone, subject, bounds, notes, basemap, markup }): BriefingStep => {
    const step: BriefingStep = { title, layers: layers.filter((l): l is string => typeof l === 'string' && isToggleId(l)), view };
    if (typeof zone === 'string' && isZoneId(zone)) step.zone = zone;
    const zones = (subject ?? []).filter((z): z is ZoneId => typeof z === 'string' && isZoneId(z)).slice(0, 40);
    if (zones.length > 0) step.subject = zones;
    const area = v.safeParse(BoundsSchema, bounds);
    if (area.success) step.bounds = area.output;
    if (typeof notes === 'string' && notes.trim() !== '') step.notes = notes.slice(0, MAX_NOTES);
    if (typeof basemap === 'string' && basemap.length <= 500 && (basemap === OFFLINE || isBasemapChoice(basemap))) step.basemap = basemap;
    const drawn = markup === undefined ? null : readMarkup(markup);
    if (drawn) step.markup = drawn;
    return step;
  }),
);

export function validStep(value: unknown): BriefingStep | null {
  const result = v.safeParse(StepSchema, value);
  return result.success ? result.output : null;
}

/** A step, or the field that made it invalid ("view", "title", …; "—" when it is not an object at all). */
export function parseStep(value: unknown): { step: BriefingStep } | { field: string } {
  const result = v.safeParse(StepSchema, value);
  if (result.success) return { step: result.output };
  return { field: v.getDotPath(result.issues[0])?.split('.')[0] ?? '—' };
}

/** Steps from untrusted JSON; invalid steps are dropped, null when nothing valid is left. */
export function validSteps(value: unknown): BriefingStep[] | null {
  if (!Array.isArray(value)) return null;
  const steps = value.slice(0, MAX_STEPS).map(validStep).filter((s): s is BriefingStep => s !== null);
  return steps.length > 0 ? steps : null;
}

const BriefingSchema = v.object({
  id: v.string(),
  title: TitleSchema,
  steps: v.pipe(
    v.unknown(),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const steps = validSteps(dataset.value);
      if (steps) return steps;
      addIssue({ message: 'no valid step' });
      return NEVER;
    }),
  ),
});

export const BRIEFINGS: readonly Briefing[] = (builtIn as unknown[]).map((b) => {
  const result = v.safeParse(BriefingSchema, b);
  if (!result.success) throw new Error(`data/content/briefings.json: invalid briefing: ${v.summarize(result.issues)}`);
  return result.output;
});

function toBase64Url(text: string): string {
  return base64Url(new TextEncoder().encode(text));
}

/**
 * The longest `views=` value read: 50 steps with titles and notes (about 30,000 characters); the
 * shipped nginx config accepts request lines up to 64 KB (deploy/nginx.conf).
 */
export const MAX_VIEWS_CHARS = 60_000;

function textFromBase64Url(text: string): string | null {
  if (text.length > MAX_VIEWS_CHARS) return null;
  const bytes = fromBase64Url(text);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function encodeSteps(steps: readonly BriefingStep[]): string {
  return toBase64Url(JSON.stringify(steps));
}

export function decodeSteps(param: string): BriefingStep[] | null {
  const text = textFromBase64Url(param);
  if (text === null) return null;
  try {
    return validSteps(JSON.parse(text));
  } catch {
    return null;
  }
}
