/**
 * `npm run data:search` — writes data/content/search-keys.json: pinyin keys for each zone's
 * Chinese name and aliases (full, and initials), so search finds 八卦岭 from "bagualing" or "bgl"
 * without shipping a pinyin library to the browser; and data/content/search-places.json: every
 * named road, station, landmark, river and park of the reference layer with its keys and extent,
 * loaded by the search box when first used. Deterministic (drift-tested).
 */
import fs from 'node:fs';
import path from 'node:path';
import { searchKeys, searchPlaces } from './search/keys';

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../data/content');
fs.writeFileSync(path.join(dir, 'search-keys.json'), `${JSON.stringify(searchKeys(), null, 2)}\n`);
fs.writeFileSync(path.join(dir, 'search-places.json'), `${JSON.stringify(searchPlaces())}\n`);
console.log(`wrote ${path.relative(process.cwd(), dir)}/search-keys.json and search-places.json`);
