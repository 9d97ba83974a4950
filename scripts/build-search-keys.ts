/**
 * `npm run data:search` — writes data/content/search-keys.json: pinyin keys for each zone's
 * Chinese name and aliases (full, and initials), so search finds 八卦岭 from "bagualing" or "bgl"
 * without shipping a pinyin library to the browser. Deterministic (drift-tested).
 */
import fs from 'node:fs';
import path from 'node:path';
import { searchKeys } from './search/keys';

const file = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../data/content/search-keys.json');
fs.writeFileSync(file, `${JSON.stringify(searchKeys(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
