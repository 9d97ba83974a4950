import { beforeEach, describe, expect, it } from 'vitest';
import documents from '../../data/content/documents.json';
import zonesJson from '../../data/content/zones.json';
import { ZONE_IDS } from '../zones/ids';
import { DOCUMENTS, ZONES } from './index';
import type { DocumentInfo } from './types';
import { validateDocuments, validateZones } from './validate';

let zones: Array<Record<string, unknown>>;
beforeEach(() => {
  zones = structuredClone(zonesJson) as unknown as Array<Record<string, unknown>>;
});
const docs = documents as DocumentInfo[];
const problems = () => validateZones(zones, docs).map((p) => `${p.where}: ${p.message}`);
// Deliberately loose: these tests damage the JSON in ways its type forbids.
// biome-ignore lint/suspicious/noExplicitAny: see above
const zone = (id: string) => zones.find((z) => z.id === id) as Record<string, any>;

describe('the committed content', () => {
  it('is valid and covers every public zone id once', () => {
    expect(validateDocuments(documents)).toEqual([]);
    expect(problems()).toEqual([]);
    expect(ZONES.map((z) => z.id).sort()).toEqual([...ZONE_IDS].sort());
  });

  it('cites each of the four source documents', () => {
    const cited = new Set(JSON.stringify(zonesJson).match(/"doc":"(\d{3})"/g)?.map((m) => m.slice(-4, -1)));
    expect([...cited].sort()).toEqual(DOCUMENTS.map((d) => d.id).sort());
  });

  it('keeps the official slogans exact', () => {
    const slogans = Object.fromEntries(ZONES.map((z) => [z.id, z.positioning?.text.zh]));
    expect(slogans).toMatchObject({
      core: '粤港澳金融商务核与世界级商圈',
      xiangmihu: '深圳国际金融街及国际交流中心',
      'huaqiang-shangbu': '全球智能终端创新中心',
      'chegongmiao-tianan': '“深圳2049”未来产业集聚区',
      'meilin-caitian': '深圳智谷',
      'jindi-shatou': '深圳时尚天街',
      bagualing: '深圳金融科技城',
    });
  });

  it('records both spellings of 旺渔村', () => {
    expect(ZONES.find((z) => z.id === 'wangyu')?.aliases).toContain('旺鱼村');
  });
});

describe('validateZones finds', () => {
  it('a missing translation', () => {
    zone('bagualing').name.en = '';
    expect(problems()).toContain('zone "bagualing".name.en: missing text');
  });
  it('an item without a source, and a source with an unknown document or no section', () => {
    delete zone('bagualing').measures[0].source;
    zone('hetao').industries[0].source.doc = '999';
    zone('xiangmihu').role.source.section = '';
    expect(problems()).toEqual(
      expect.arrayContaining([
        'zone "bagualing".measures[0].source: missing source',
        'zone "hetao".industries[0].source.doc: unknown document "999"',
        'zone "xiangmihu".role.source.section: missing section',
      ]),
    );
  });
  it('a figure citing an estimate, with no year or a non-number value', () => {
    const f = zone('futian').figures[0];
    f.source = { estimate: { zh: '估计', en: 'estimate' } };
    f.status = 'target';
    f.year = undefined;
    f.value = 'many';
    expect(problems()).toEqual(
      expect.arrayContaining([
        'zone "futian".figures[0].source: a figure must cite a document',
        'zone "futian".figures[0].year: a target must state the year the document gives it',
        'zone "futian".figures[0].value: must be a finite number',
      ]),
    );
  });
  it('markup in text, an unknown or duplicate id, a self-link and a missing zone', () => {
    zone('core').role.text.zh = '<img src=x onerror=alert(1)>';
    zone('axis').related.push({ id: 'axis', relation: { zh: '自身', en: 'itself' } });
    zone('belt-north').related.push({ id: 'nowhere', relation: { zh: '无', en: 'none' } });
    zones.push({ ...zone('futian') });
    zones.splice(zones.indexOf(zone('dongwang')), 1);
    zone('nanxiang').id = 'nan-xiang';
    expect(problems()).toEqual(
      expect.arrayContaining([
        'zone "core".role.text.zh: contains markup',
        'zone "axis".related[4]: a zone cannot be related to itself',
        'zone "belt-north".related[4]: unknown zone id "nowhere"',
        'zone "futian": duplicate id',
        'zone "nan-xiang": id is not in the public zone id list (src/zones/ids.ts)',
        'zone "dongwang": has no content',
        'zone "nanxiang": has no content',
      ]),
    );
  });
});
