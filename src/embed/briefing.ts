/**
 * Briefing views: named steps (view, layers, selection) a slide deck steps through. Built-in
 * briefings are data (data/content/briefings.json); a planner's own travel in the URL as
 * `views=` (base64url JSON). Everything read from outside is validated here. Pure.
 */
import builtIn from '../../data/content/briefings.json';
import type { Localized } from '../content/types';
import { isToggleId } from '../layers/toggles';
import { type MapView, VIEW_LIMITS } from '../state/view';
import { isZoneId, type ZoneId } from '../zones/ids';

export interface BriefingStep {
  title: Localized;
  zone?: ZoneId;
  layers: string[];
  view: MapView;
}

export interface Briefing {
  id: string;
  title: Localized;
  steps: BriefingStep[];
}

const MAX_STEPS = 50;
const MAX_TITLE = 80;
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function validView(value: unknown): MapView | null {
  if (!isObject(value) || !Array.isArray(value.center) || value.center.length !== 2) return null;
  const [lng, lat] = value.center;
  const { zoom } = value;
  const bearing = value.bearing ?? 0;
  const pitch = value.pitch ?? 0;
  if (![lng, lat, zoom, bearing, pitch].every(isFiniteNumber)) return null;
  const [west, south, east, north] = VIEW_LIMITS.maxBounds;
  if ((lng as number) < west || (lng as number) > east || (lat as number) < south || (lat as number) > north) return null;
  if ((zoom as number) < VIEW_LIMITS.minZoom || (zoom as number) > VIEW_LIMITS.maxZoom) return null;
  if (Math.abs(bearing as number) > 180 || (pitch as number) < 0 || (pitch as number) > VIEW_LIMITS.maxPitch) return null;
  return { center: [lng as number, lat as number], zoom: zoom as number, bearing: bearing as number, pitch: pitch as number };
}

function validTitle(value: unknown): Localized | null {
  if (typeof value === 'string') return { zh: value.slice(0, MAX_TITLE), en: value.slice(0, MAX_TITLE) };
  if (isObject(value) && typeof value.zh === 'string' && typeof value.en === 'string') return { zh: value.zh.slice(0, MAX_TITLE), en: value.en.slice(0, MAX_TITLE) };
  return null;
}

export function validStep(value: unknown): BriefingStep | null {
  if (!isObject(value)) return null;
  const title = validTitle(value.title);
  const view = validView(value.view);
  if (!title || !view || !Array.isArray(value.layers)) return null;
  const layers = value.layers.filter((l): l is string => typeof l === 'string' && isToggleId(l));
  const step: BriefingStep = { title, layers, view };
  if (typeof value.zone === 'string' && isZoneId(value.zone)) step.zone = value.zone;
  return step;
}

/** Steps from untrusted JSON; invalid steps are dropped, null when nothing valid is left. */
export function validSteps(value: unknown): BriefingStep[] | null {
  if (!Array.isArray(value)) return null;
  const steps = value.slice(0, MAX_STEPS).map(validStep).filter((s): s is BriefingStep => s !== null);
  return steps.length > 0 ? steps : null;
}

export const BRIEFINGS: readonly Briefing[] = (builtIn as unknown[]).map((b) => {
  const raw = b as Json;
  const steps = validSteps(raw.steps);
  const title = validTitle(raw.title);
  if (!steps || !title || typeof raw.id !== 'string') throw new Error('data/content/briefings.json: invalid briefing');
  return { id: raw.id, title, steps };
});

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length > 20_000) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

export function encodeSteps(steps: readonly BriefingStep[]): string {
  return toBase64Url(JSON.stringify(steps));
}

export function decodeSteps(param: string): BriefingStep[] | null {
  const text = fromBase64Url(param);
  if (text === null) return null;
  try {
    return validSteps(JSON.parse(text));
  } catch {
    return null;
  }
}
