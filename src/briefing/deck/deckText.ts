/** The accuracy statements a deck's sources slide carries (the same facts the panels and README state). */
import type { Lang } from '../../i18n';

export function deckAccuracy(lang: Lang, mapStatus: string): string[] {
  return lang === 'zh'
    ? [
        mapStatus,
        '规划区域的图形由本项目据规划文件的文字与示意图绘制，位置精度约 ±200 米；面积与距离由 Turf 计算，± 为图形精度，引用面积请用文件公布值。',
        '道路、水系与地名由本项目绘制（约 ±150–300 米）；地铁站位置取自 OpenStreetMap（ODbL）。',
        '合作地区（博罗、湘桥、和平、小漠）的位置为示意，距离按所注 ± 取整。',
      ]
    : [
        mapStatus,
        'Plan zones are drawn by this project from the plan documents’ text and diagrams, to about ±200 m; areas and distances are computed with Turf, with ± for the drawing’s accuracy; quote the documents’ published areas.',
        'Roads, water and place names are drawn by this project (about ±150–300 m); metro station positions are from OpenStreetMap (ODbL).',
        'Partner areas (Boluo, Xiangqiao, Heping, Xiaomo) are placed schematically; distances are rounded to the ± stated.',
      ];
}
