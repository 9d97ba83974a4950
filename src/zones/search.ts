/**
 * Search by Chinese, English, alias or pinyin (full or initials), partial match: the plan's zones,
 * and the reference layer's named places (roads, stations, landmarks, rivers, parks). Pure.
 * Prefix matches rank before infix ones, then shorter names first.
 */
import searchKeys from '../../data/content/search-keys.json';
import type { ZoneContent } from '../content/types';

const KEYS = searchKeys as Record<string, string[]>;

/** Lower case, no spaces, hyphens, quotes or punctuation: "Meilin-Caitian" ~ "meilin caitian". */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\s\-‐–—'’"“”·・,，、.。:：()（）]/g, '');
}

/** 0 for a prefix match of any text, 1 for an infix one, null for none. */
function scoreOf(q: string, texts: readonly string[]): number | null {
  let score: number | null = null;
  for (const t of texts.map(normalise)) {
    if (t.startsWith(q)) return 0;
    if (t.includes(q)) score = 1;
  }
  return score;
}

function ranked<T>(query: string, items: readonly T[], textsOf: (item: T) => string[], nameOf: (item: T) => string, limit: number): T[] {
  const q = normalise(query);
  if (q === '') return [];
  const found: Array<{ item: T; score: number }> = [];
  for (const item of items) {
    const score = scoreOf(q, textsOf(item));
    if (score !== null) found.push({ item, score });
  }
  found.sort((a, b) => a.score - b.score || nameOf(a.item).length - nameOf(b.item).length);
  return found.slice(0, limit).map((r) => r.item);
}

export function searchZones(query: string, zones: readonly ZoneContent[], limit = 8): ZoneContent[] {
  return ranked(query, zones, (zone) => [zone.name.zh, zone.name.en, ...(zone.aliases ?? []), ...(KEYS[zone.id] ?? [])], (zone) => zone.name.zh, limit);
}

/** A named place of the reference layer (data/content/search-places.json, made by `npm run data:search`). */
export interface SearchPlace {
  id: string;
  layer: string;
  zh: string;
  en: string;
  keys: string[];
  bbox: [number, number, number, number];
}

export function searchPlaces(query: string, places: readonly SearchPlace[], limit = 6): SearchPlace[] {
  return ranked(query, places, (p) => [p.zh, p.en, ...p.keys], (p) => p.zh, limit);
}
