import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { zoneById } from '../content';
import { formatArea, formatUncertainDistance } from '../i18n/format';
import { PLANNING_GROUPS } from '../zones/ids';
import { areaFigure } from './figures';
import { zoneFacts } from './zoneFacts';
import { zoneGeometry } from './zones';

const ROOT = path.resolve(__dirname, '../..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
const geo = zoneGeometry(PLANNING_GROUPS.map((g) => JSON.parse(fs.readFileSync(path.join(ROOT, `data/planning/${g}.geojson`), 'utf8')) as FeatureCollection));

/** The README's worked examples, computed the way the panel computes them. */
describe('the README and the app agree', () => {
  it('on the distance from 八卦岭 to 深圳市民中心', () => {
    const facts = zoneFacts(zoneById('bagualing'), geo);
    if (!facts) throw new Error('no facts for 八卦岭');
    if (!facts.toCivicCentre || facts.toCivicCentre === 'inside') throw new Error('八卦岭 holds no civic centre');
    const shown = formatUncertainDistance(facts.toCivicCentre.km, facts.toCivicCentre.uncertaintyM, 'en');
    expect(README).toContain(`Example: 八卦岭 is ${shown} from 深圳市民中心`);
  });
  it('on the distance from Futian to 小漠', () => {
    const facts = zoneFacts(zoneById('xiaomo'), geo);
    if (!facts?.fromFutian) throw new Error('no distance to 小漠');
    expect(README).toContain(`“${formatUncertainDistance(facts.fromFutian.km, facts.fromFutian.uncertaintyM, 'zh')}” from Futian to 小漠`);
  });
  it('on the area of 中央活力区', () => {
    const caz = geo.get('central-activity-zone');
    if (!caz) throw new Error('no 中央活力区');
    expect(README).toContain(`gives “${formatArea(areaFigure(caz.areaKm2, caz.perimeterKm, caz.accuracyM), 'zh')}”`);
  });
});
