import fs from 'node:fs';
import path from 'node:path';
import { bbox, featureCollection } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
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

/** Every named reference feature once (a name drawn as both channel and line is one place), in the file's order. */
export function searchPlaces(): SearchPlace[] {
  const file = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../data/reference/reference.geojson');
  const features = (JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection).features;
  const byName = new Map<string, { first: Feature; all: Feature[] }>();
  for (const f of features) {
    const zh = f.properties?.name_zh;
    if (typeof zh !== 'string' || typeof f.properties?.name_en !== 'string') continue;
    const named = byName.get(zh);
    if (named) named.all.push(f);
    else byName.set(zh, { first: f, all: [f] });
  }
  return [...byName].map(([zh, { first, all }]) => {
    const p = first.properties ?? {};
    const [w, s, e, n] = bbox(featureCollection(all));
    return { id: String(p.id), layer: String(p.layer), zh, en: String(p.name_en), keys: [...new Set(keysFor(zh.replace(/（.*）/, '')))].sort(), bbox: [w, s, e, n].map((x) => Math.round(x * 1e5) / 1e5) as SearchPlace['bbox'] };
  });
}
