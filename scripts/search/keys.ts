import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { SearchPlace } from '../../src/zones/search';

interface ZoneNames {
  id: string;
  name: { zh: string };
  aliases?: string[];
}

const HAN = /[\u4e00-\u9fff]/;

function keysFor(text: string): string[] {
  const han = [...text].filter((c) => HAN.test(c)).join('');
  if (!han) return [];
  const syllables = pinyin(han, { toneType: 'none', type: 'array' });
  return [syllables.join(''), syllables.map((s) => s[0]).join('')];
}

export function searchKeys(): Record<string, string[]> {
  const zones = JSON.parse(fs.readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../data/content/zones.json'), 'utf8')) as ZoneNames[];
  return Object.fromEntries(zones.map((z) => [z.id, [...new Set([z.name.zh, ...(z.aliases ?? [])].flatMap(keysFor))].sort()]));
}

function bboxOf(coordinates: unknown, into: [number, number, number, number]): void {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    into[0] = Math.min(into[0], coordinates[0]);
    into[1] = Math.min(into[1], coordinates[1]);
    into[2] = Math.max(into[2], coordinates[0]);
    into[3] = Math.max(into[3], coordinates[1]);
  } else if (Array.isArray(coordinates)) for (const c of coordinates) bboxOf(c, into);
}

/** Every named reference feature once (a name drawn as both channel and line is one place), in the file's order. */
export function searchPlaces(): SearchPlace[] {
  const file = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../data/reference/reference.geojson');
  const features = (JSON.parse(fs.readFileSync(file, 'utf8')) as { features: Array<{ properties: Record<string, string>; geometry: { coordinates: unknown } }> }).features;
  const byName = new Map<string, SearchPlace>();
  for (const f of features) {
    const { id, layer, name_zh: zh, name_en: en } = f.properties;
    if (!zh || !en) continue;
    const place = byName.get(zh) ?? { id, layer, zh, en, keys: [...new Set(keysFor(zh.replace(/（.*）/, '')))].sort(), bbox: [180, 90, -180, -90] as [number, number, number, number] };
    bboxOf(f.geometry.coordinates, place.bbox);
    byName.set(zh, place);
  }
  return [...byName.values()].map((p) => ({ ...p, bbox: p.bbox.map((x) => Math.round(x * 1e5) / 1e5) as SearchPlace['bbox'] }));
}
