/**
 * What an audit of the content against the source documents found (issue 15), one test per kind,
 * so the same mistakes cannot come back. Each test failed on the content before the fix.
 */
import { describe, expect, it } from 'vitest';
import type { ZoneId } from '../zones/ids';
import { ZONES, zoneById } from './index';
import type { Statement } from './types';

const statements = (id: ZoneId): Statement[] => {
  const z = zoneById(id);
  return [z.role, ...(z.positioning ? [z.positioning] : []), ...z.industries, ...z.measures];
};
const text = (id: ZoneId, lang: 'zh' | 'en' = 'zh') => statements(id).map((s) => s.text[lang]).join('\n');
const figure = (id: ZoneId, measure: string) => zoneById(id).figures.find((f) => f.measure.zh.includes(measure));

describe('facts are told of their real subject', () => {
  it('百千万工程 典型县 is Futian’s title (000 一), not Boluo’s', () => {
    expect(text('boluo')).not.toContain('百千万');
    expect(text('futian')).toContain('获评省“百千万工程”首批典型县');
  });
  it('the rail network reaches central Heyuan in half an hour; 广深港 is not said to serve Heping (004 一（三）)', () => {
    expect(text('heping')).not.toMatch(/广深港.*河源/);
    expect(text('heping')).toContain('广州、东莞、惠州、河源市城区');
  });
  it('the 深汕 park investment and projects are the city’s, for all its parks there, not 小漠’s', () => {
    for (const measure of ['累计投入', '超亿元项目']) expect(figure('xiaomo', measure)?.scope).toBe('shenshan-parks');
  });
  it('the villages’ tutoring figures are the three villages together', () => {
    for (const id of ['xiaomo', 'nanxiang', 'dongwang', 'wangyu'] as const) for (const measure of ['开展场次', '辅导学生']) expect(figure(id, measure)?.scope).toBe('three-villages');
  });
  it('the 1+10+4 network and the 30 foreign firms are district-wide (002 二（二）)', () => {
    expect(text('hetao')).not.toContain('1+10+4');
    expect(text('futian')).toContain('1+10+4');
    expect(figure('hetao', '外资企业')).toBeUndefined();
    expect(figure('futian', '外资企业')).toMatchObject({ scope: 'district', year: 2025, status: 'target' });
  });
});

describe('year and status only where the document gives them', () => {
  it('the 3 千亿级 clusters are to be strengthened (做强), not a 2025 target', () => {
    const clusters = figure('futian', '千亿级');
    expect(clusters?.value).toBe(3);
    expect(clusters?.status).toBeUndefined();
    expect(clusters?.year).toBeUndefined();
  });
  it('the festival, a distance, a start year and a policy cap carry no year', () => {
    expect(figure('xiangqiao', '深潮文化节')?.year).toBeUndefined();
    expect(figure('bagualing', '与中央活力区的距离')).not.toHaveProperty('year');
    expect(figure('heping', '结对起始年份')).not.toHaveProperty('status');
    expect(figure('boluo', '企业落户奖励上限')).not.toHaveProperty('year');
  });
  it('every figure says which area it describes', () => {
    for (const z of ZONES) for (const f of z.figures) expect(f.scope, `${z.id}: ${f.measure.zh}`).toBeTruthy();
  });
});

describe('English says what Chinese says', () => {
  it('梅林-彩田 is a traffic artery of the central axis in both languages', () => {
    expect(text('meilin-caitian')).toContain('交通要道');
    expect(text('meilin-caitian', 'en')).toMatch(/traffic artery/);
  });
  it('和平’s role names 1998 and the link to rural revitalisation in both languages', () => {
    const role = zoneById('heping').role.text;
    expect(role.zh).toContain('乡村振兴');
    expect(role.en).toMatch(/rural revitalisation/);
    expect(role.zh).toContain('1998');
    expect(role.en).toContain('1998');
  });
  it('中央活力区’s high-speed-rail station is a condition it has, not a measure', () => {
    expect(zoneById('central-activity-zone').measures.map((s) => s.text.zh).join()).not.toContain('高铁');
    expect(zoneById('central-activity-zone').role.text.zh).toContain('地下高铁站');
  });
});

describe('what the plan says is in the Atlas', () => {
  it('福田区 has the 2020 and 2035 goals, naming the four 2035 centres', () => {
    const goals = zoneById('futian').goals ?? [];
    expect(goals.map((g) => g.year)).toEqual([2020, 2035]);
    for (const name of ['总部经济集聚区', '国际创新金融中心', '全球智能终端创新中心', '国际文化创意设计中心']) expect(goals[1].text.zh).toContain(name);
  });
  it.each([
    ['futian', '南方知识产权运营中心'],
    ['futian', '金融研究院'],
    ['futian', '金融科技研究院'],
    ['futian', '设计学院'],
    ['futian', '广深科技创新走廊'],
    ['futian', '低空'],
    ['futian', '千亿引领、百亿支撑、十亿接续'],
    ['futian', '成就制+积分制'],
    ['futian', '跨境知识产权证券化'],
    ['futian', '百千万工程'],
    ['heping', '乡村振兴'],
    ['hetao', '量子科学中心'],
    ['hetao', '科技特区'],
    ['xiangmihu', '高尔夫球场'],
    ['huaqiang-shangbu', '腾讯'],
    ['bagualing', '伦敦'],
  ] as const)('%s mentions %s', (id, phrase) => {
    expect(text(id)).toContain(phrase);
  });
  it.each([
    ['futian', '通过基金带动招引项目', 10],
    ['futian', '“小巨人”企业3年累计增长', 7.6],
    ['futian', '金融科技发展水平全球排名', 3],
    ['hetao', '国际性产业组织', 5],
  ] as const)('%s has the figure %s', (id, measure, value) => {
    expect(figure(id, measure)?.value).toBe(value);
  });
});
