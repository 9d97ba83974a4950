/**
 * Zone search by Chinese, English, alias or pinyin (full or initials), partial match. Pure.
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

export function searchZones(query: string, zones: readonly ZoneContent[], limit = 8): ZoneContent[] {
  const q = normalise(query);
  if (q === '') return [];
  const ranked: Array<{ zone: ZoneContent; score: number }> = [];
  for (const zone of zones) {
    const texts = [zone.name.zh, zone.name.en, ...(zone.aliases ?? []), ...(KEYS[zone.id] ?? [])].map(normalise);
    let score = Number.POSITIVE_INFINITY;
    for (const t of texts) {
      if (t.startsWith(q)) score = Math.min(score, 0);
      else if (t.includes(q)) score = Math.min(score, 1);
    }
    if (score < Number.POSITIVE_INFINITY) ranked.push({ zone, score });
  }
  ranked.sort((a, b) => a.score - b.score || a.zone.name.zh.length - b.zone.name.zh.length);
  return ranked.slice(0, limit).map((r) => r.zone);
}
