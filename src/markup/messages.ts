/** The markup tool's words, Chinese first (the Atlas' main messages keep the measurement's). */
import type { Lang } from '../i18n';
import type { MarkupKind } from './types';

export interface MarkupMessages {
  title: string;
  close: string;
  modes: Record<MarkupKind | 'select', string>;
  hints: Record<MarkupKind | 'select' | 'idle', string>;
  keyboardHint: string;
  loading: string;
  style: string;
  more: string;
  colour: string;
  colourName: (name: string) => string;
  width: string;
  dashed: string;
  fill: string;
  hatch: string;
  textSize: string;
  snapping: string;
  measurements: string;
  undo: string;
  redo: string;
  deleteSelected: string;
  clearAll: string;
  exportGeoJson: string;
  importGeoJson: string;
  shapes: (n: number) => string;
  none: string;
  note: string;
  notePlaceholder: string;
  select: string;
  remove: (what: string) => string;
  radius: string;
  added: (what: string) => string;
  legendNames: string;
  legendNameOf: (what: string) => string;
  show: string;
  layerGroup: string;
  skipped: (n: number) => string;
  tooMany: (n: number, max: number) => string;
  shortcuts: string;
}

const KEYS = { select: 'S', point: 'P', line: 'L', arrow: 'A', polygon: 'G', rectangle: 'R', circle: 'C', freehand: 'F' } as const;
export const MARKUP_MODE_KEYS: Readonly<Record<MarkupKind | 'select', string>> = KEYS;

const zh: MarkupMessages = {
  title: '标绘与量算',
  close: '关闭标绘',
  modes: { select: '选择', point: '注记点', line: '线', arrow: '箭头', polygon: '多边形', rectangle: '矩形', circle: '圆', freehand: '手绘' },
  hints: {
    idle: '选一种工具开始绘制；已画的图形留在图上，随链接、简报与导出一起保存。',
    select: '点选图形后可拖动整体或顶点、在中点处加点；Delete 删除。',
    point: '在地图上点击放置注记点，然后在下方写注记文字。',
    line: '点击添加顶点；双击（手机：在最后一点再点一次）或按 Enter 结束；Esc 取消。',
    arrow: '与线相同，箭头画在最后一点。',
    polygon: '点击添加顶点；点回第一点或按 Enter 闭合；Esc 取消。',
    rectangle: '点击一角，再点击对角。',
    circle: '点击圆心，再点击确定半径。',
    freehand: '按住拖动绘制，松开结束。',
  },
  loading: '正在加载绘图工具…',
  keyboardHint: '不用鼠标：Tab 到地图，方向键移动，空格在中心十字处加点，Enter 结束。',
  style: '样式',
  more: '样式、吸附与文件',
  colour: '颜色',
  colourName: (name) => `颜色：${name}`,
  width: '线宽',
  dashed: '虚线',
  fill: '填充不透明度',
  hatch: '斜线填充（拟建、规划）',
  textSize: '文字大小',
  snapping: '吸附到区域边界与道路',
  measurements: '在图上标注长度与面积',
  undo: '撤销（Ctrl+Z）',
  redo: '重做（Ctrl+Shift+Z）',
  deleteSelected: '删除所选（Delete）',
  clearAll: '全部清除',
  exportGeoJson: '导出 GeoJSON',
  importGeoJson: '导入 GeoJSON',
  shapes: (n) => `已绘 ${n} 个图形`,
  none: '尚未绘制图形。',
  note: '注记',
  notePlaceholder: '注记文字（可留空）',
  select: '选中',
  remove: (what) => `删除${what}`,
  radius: '半径',
  added: (what) => `已添加：${what}`,
  legendNames: '图例名称',
  legendNameOf: (what) => `${what}的图例名称`,
  show: '显示标绘',
  layerGroup: '标绘',
  skipped: (n) => `${n} 个要素无法作为标绘读取，已跳过`,
  tooMany: (n, max) => `共 ${n} 个图形，超过上限 ${max} 个`,
  shortcuts: '快捷键',
};

const en: MarkupMessages = {
  title: 'Markup and measure',
  close: 'Close markup',
  modes: { select: 'Select', point: 'Note', line: 'Line', arrow: 'Arrow', polygon: 'Polygon', rectangle: 'Rectangle', circle: 'Circle', freehand: 'Freehand' },
  hints: {
    idle: 'Pick a tool to draw; drawn shapes stay on the map and go with the link, briefings and exports.',
    select: 'Click a shape, then drag it or its vertices, or a midpoint to add one; Delete removes it.',
    point: 'Click the map to place a note, then write its text below.',
    line: 'Click to add vertices; double-click (phone: tap the last point again) or Enter to finish; Esc cancels.',
    arrow: 'As a line; the head is drawn at the last point.',
    polygon: 'Click to add vertices; click the first point or press Enter to close; Esc cancels.',
    rectangle: 'Click one corner, then the opposite corner.',
    circle: 'Click the centre, then click to set the radius.',
    freehand: 'Press and drag to draw; release to finish.',
  },
  loading: 'Loading the drawing tool…',
  keyboardHint: 'Without a mouse: Tab to the map, arrow keys move it, Space adds a vertex at the centre cross, Enter finishes.',
  style: 'Style',
  more: 'Style, snapping and files',
  colour: 'Colour',
  colourName: (name) => `Colour: ${name}`,
  width: 'Line width',
  dashed: 'Dashed',
  fill: 'Fill opacity',
  hatch: 'Hatched (proposed, planned)',
  textSize: 'Text size',
  snapping: 'Snap to zone edges and roads',
  measurements: 'Write lengths and areas on the map',
  undo: 'Undo (Ctrl+Z)',
  redo: 'Redo (Ctrl+Shift+Z)',
  deleteSelected: 'Delete selected (Delete)',
  clearAll: 'Clear all',
  exportGeoJson: 'Export GeoJSON',
  importGeoJson: 'Import GeoJSON',
  shapes: (n) => `${n} shape${n === 1 ? '' : 's'} drawn`,
  none: 'Nothing drawn yet.',
  note: 'Note',
  notePlaceholder: 'Note text (optional)',
  select: 'Select',
  remove: (what) => `Delete ${what}`,
  radius: 'Radius',
  added: (what) => `Added: ${what}`,
  legendNames: 'Legend names',
  legendNameOf: (what) => `Legend name for ${what}`,
  show: 'Show markup',
  layerGroup: 'Markup',
  skipped: (n) => `${n} feature${n === 1 ? '' : 's'} could not be read as markup and were skipped`,
  tooMany: (n, max) => `${n} shapes, more than the limit of ${max}`,
  shortcuts: 'Keyboard shortcuts',
};

export function markupMessages(lang: Lang): MarkupMessages {
  return lang === 'zh' ? zh : en;
}
