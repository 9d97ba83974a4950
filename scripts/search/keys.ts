import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';

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
