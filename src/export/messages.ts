/**
 * The export dialog's text, Chinese and English: loaded with the dialog (a lazy chunk), not with
 * the map. The header's button label stays in the app's messages (src/i18n).
 */
import type { Lang } from '../i18n';

export interface ExportMessages {
  title: string;
  format: string;
  formats: Record<'png' | 'pdf' | 'pdf-vector' | 'svg', string>;
  /** What is vector and what is raster in each format. */
  formatNotes: Record<'png' | 'pdf' | 'pdf-vector' | 'svg', string>;
  rasterBasemapNote: (basemap: string) => string;
  /** The link to the embedded font's licence. */
  fontLicence: string;
  /** Layer-group names in vector files that are not map layers. */
  vectorGroups: { frame: string; basemap: string; map: string; background: string; labels: (layer: string) => string };
  missingGlyphs: (chars: string) => string;
  size: string;
  presets: Record<'view-1x' | 'view-2x' | 'view-3x' | 'slide-1080' | 'slide-2160' | 'a4-portrait' | 'a4-landscape' | 'a3-portrait' | 'a3-landscape', string>;
  dpi: string;
  titleLabel: string;
  notesLabel: string;
  defaultTitle: string;
  include: string;
  parts: Record<'legend' | 'scaleBar' | 'northArrow' | 'attribution' | 'date', string>;
  qrAlways: string;
  /** Slides: the text size, and whether the footer and QR code are printed. */
  textSize: string;
  textScales: Record<'standard' | 'large', string>;
  slideFooter: string;
  slideQr: string;
  slideNoFooter: string;
  realSize: (width: string, height: string) => string;
  paperSize: (paper: string, dpi: number) => string;
  start: string;
  cancel: string;
  copy: string;
  copied: string;
  copyUnsupported: string;
  print: string;
  phases: Record<'map' | 'compose' | 'encode', string>;
  done: (file: string) => string;
  legendBeside: string;
  cancelled: string;
  tooLarge: (size: string, limit: number) => string;
  trySuggestion: (label: string) => string;
  useSuggestion: string;
  timeout: string;
  failed: (reason: string) => string;
  basemapTiles: (cause: string) => string;
  /** A vector export whose font subsetter (WebAssembly) the page may not run. */
  wasmBlocked: string;
  /** The selection's legend row; `null` when the zone's name is already a row of its own (一核, a belt). */
  selected: (name: string | null) => string;
  attributionLine: (text: string) => string;
  sourcesLine: (text: string) => string;
  dateLine: (dataDate: string, today: string) => string;
  /** Over the offline basemap (and any basemap without a review number): not a standard map. */
  schematic: string;
  /** Over 天地图: the review number (审图号) its service is published under. */
  reviewNumber: (number: string) => string;
  north: string;
  pitchedNoScale: string;
  notReady: string;
}

const zh: ExportMessages = {
  title: '导出地图',
  format: '格式',
  formats: { png: 'PNG 图片', pdf: 'PDF（地图为图像）', 'pdf-vector': 'PDF（矢量）', svg: 'SVG（矢量）' },
  formatNotes: {
    png: '整页为位图。',
    pdf: '地图为一幅无损图像；标题、图例、比例尺、指北针和页脚为矢量，所用字体（Noto Sans CJK SC 子集）嵌入文件。',
    'pdf-vector': '地图各图层为矢量路径，地名为可选中的文字，每组图层单独成层；所用字体（Noto Sans CJK SC 子集）嵌入文件。',
    svg: '地图各图层为矢量路径，地名为文字，每组图层是一个带名称的 <g>（Inkscape 中为图层）；字体子集嵌入文件。',
  },
  fontLicence: '字体许可（SIL OFL 1.1）',
  rasterBasemapNote: (name) => `所选在线底图（${name}）以图像置于矢量图层之下。`,
  vectorGroups: { frame: '图框（标题、图例、比例尺、指北针、页脚）', basemap: '在线底图（图像）', map: '地图（图像）', background: '海面', labels: (name) => `${name} · 标注` },
  missingGlyphs: (chars) => `嵌入字体缺少这些字符，文件中显示为空框：${chars}`,
  size: '尺寸',
  presets: {
    'view-1x': '当前视图 1x',
    'view-2x': '当前视图 2x',
    'view-3x': '当前视图 3x',
    'slide-1080': '幻灯片 1920×1080',
    'slide-2160': '幻灯片 3840×2160（4K）',
    'a4-portrait': 'A4 纵向',
    'a4-landscape': 'A4 横向',
    'a3-portrait': 'A3 纵向',
    'a3-landscape': 'A3 横向',
  },
  dpi: '打印分辨率',
  titleLabel: '标题',
  notesLabel: '副标题/备注（最多两行）',
  defaultTitle: '福田区产业空间布局',
  include: '包含',
  parts: { legend: '图例', scaleBar: '比例尺', northArrow: '指北针', attribution: '署名与资料来源', date: '日期' },
  qrAlways: '每份导出都附二维码和链接，指回同一视图。',
  textSize: '文字大小',
  textScales: { standard: '标准', large: '放大（投影）' },
  slideFooter: '页脚（资料来源、日期、链接）',
  slideQr: '二维码',
  slideNoFooter: '无页脚时，署名与“示意图”说明印在地图左下角。',
  realSize: (w, h) => `输出 ${w} × ${h} 像素`,
  paperSize: (paper, dpi) => `${paper}，${dpi} dpi`,
  start: '导出',
  cancel: '取消',
  copy: '复制图片',
  copied: '图片已复制到剪贴板。',
  copyUnsupported: '此浏览器不允许复制图片，请改用下载。',
  print: '打印本页',
  phases: { map: '按目标分辨率绘制地图…', compose: '排版标题、图例、比例尺…', encode: '生成文件…' },
  done: (file) => `已导出 ${file}`,
  legendBeside: '图例放在地图旁，以免遮住主体。',
  cancelled: '已取消导出。',
  tooLarge: (size, limit) => `${size} 像素超出此浏览器可绘制的上限（每边 ${limit} 像素）。`,
  trySuggestion: (label) => `可改为：${label}`,
  useSuggestion: '改用此尺寸',
  timeout: '地图未能在限定时间内绘制完成，请重试或选用较小尺寸。',
  failed: (reason) => `导出失败：${reason}`,
  wasmBlocked: 'PDF 和 SVG 导出要在浏览器中运行字体子集化程序（WebAssembly），但本站的内容安全策略不允许（script-src 需含 \'wasm-unsafe-eval\'）。PNG 导出不受影响。',
  basemapTiles: (cause) => `底图瓦片未能全部加载（${cause}），导出已取消，以免地图留白。请稍后重试，或改用离线底图。`,
  selected: (name) => (name ? `选中：${name}` : '选中范围'),
  attributionLine: (text) => `底图与数据：${text}`,
  sourcesLine: (text) => `资料来源：${text}`,
  dateLine: (dataDate, today) => `资料截至 ${dataDate} 年 · 导出于 ${today}`,
  schematic: '示意图，非标准地图',
  reviewNumber: (number) => `底图审图号：${number}`,
  north: '北',
  notReady: '地图尚未显示（或此浏览器无法绘制地图），暂时无法导出。',
  pitchedNoScale: '地图倾斜时各处比例不同，不绘制比例尺。',
};

const en: ExportMessages = {
  title: 'Export map',
  format: 'Format',
  formats: { png: 'PNG image', pdf: 'PDF (map as an image)', 'pdf-vector': 'PDF (vector)', svg: 'SVG (vector)' },
  formatNotes: {
    png: 'The whole page is a bitmap.',
    pdf: 'The map is one lossless image; title, legend, scale, north arrow and footer are vector, in an embedded font (a Noto Sans CJK SC subset).',
    'pdf-vector': 'Every map layer is vector paths and names are selectable text, each layer group a layer of its own; the font (a Noto Sans CJK SC subset) is embedded.',
    svg: 'Every map layer is vector paths and names are text, each layer group a named <g> (a layer in Inkscape); a font subset is embedded.',
  },
  fontLicence: 'Font licence (SIL OFL 1.1)',
  rasterBasemapNote: (name) => `The online basemap (${name}) goes in as an image beneath the vector layers.`,
  vectorGroups: { frame: 'Frame (title, legend, scale, north arrow, footer)', basemap: 'Online basemap (image)', map: 'Map (image)', background: 'Sea', labels: (name) => `${name} · labels` },
  missingGlyphs: (chars) => `The embedded font lacks these characters, shown as empty boxes: ${chars}`,
  size: 'Size',
  presets: {
    'view-1x': 'Current view 1x',
    'view-2x': 'Current view 2x',
    'view-3x': 'Current view 3x',
    'slide-1080': 'Slide 1920×1080',
    'slide-2160': 'Slide 3840×2160 (4K)',
    'a4-portrait': 'A4 portrait',
    'a4-landscape': 'A4 landscape',
    'a3-portrait': 'A3 portrait',
    'a3-landscape': 'A3 landscape',
  },
  dpi: 'Print resolution',
  titleLabel: 'Title',
  notesLabel: 'Subtitle or notes (up to two lines)',
  defaultTitle: 'Futian District industrial spatial layout',
  include: 'Include',
  parts: { legend: 'Legend', scaleBar: 'Scale bar', northArrow: 'North arrow', attribution: 'Attribution and sources', date: 'Dates' },
  qrAlways: 'Every export carries a QR code and link back to this view.',
  textSize: 'Text size',
  textScales: { standard: 'Standard', large: 'Large (projector)' },
  slideFooter: 'Footer (sources, dates, link)',
  slideQr: 'QR code',
  slideNoFooter: 'Without a footer, the attribution and the map status go in the map’s lower left.',
  realSize: (w, h) => `Output ${w} × ${h} px`,
  paperSize: (paper, dpi) => `${paper} at ${dpi} dpi`,
  start: 'Export',
  cancel: 'Cancel',
  copy: 'Copy image',
  copied: 'Image copied to the clipboard.',
  copyUnsupported: 'This browser does not allow copying images; download it instead.',
  print: 'Print this page',
  phases: { map: 'Drawing the map at full resolution…', compose: 'Laying out title, legend and scale…', encode: 'Writing the file…' },
  done: (file) => `Exported ${file}`,
  legendBeside: 'The legend is beside the map, so it hides nothing of the subject.',
  cancelled: 'Export cancelled.',
  tooLarge: (size, limit) => `${size} px is more than this browser can draw (${limit} px a side).`,
  trySuggestion: (label) => `Try: ${label}`,
  useSuggestion: 'Use this size',
  timeout: 'The map did not finish drawing in time; try again or choose a smaller size.',
  failed: (reason) => `Export failed: ${reason}`,
  wasmBlocked: "PDF and SVG exports run a font subsetter (WebAssembly) in the browser, which this site's Content Security Policy does not allow (script-src needs 'wasm-unsafe-eval'). PNG export is not affected.",
  basemapTiles: (cause) => `Some basemap tiles did not load (${cause}), so the export was stopped rather than print a map with holes. Try again, or use the offline map.`,
  selected: (name) => (name ? `Selected: ${name}` : 'Selected area'),
  attributionLine: (text) => `Basemap and data: ${text}`,
  sourcesLine: (text) => `Sources: ${text}`,
  dateLine: (dataDate, today) => `Sources current to ${dataDate} · exported ${today}`,
  schematic: 'Schematic map, not a standard map',
  reviewNumber: (number) => `Basemap review number: ${number}`,
  north: 'N',
  notReady: 'The map is not showing (or this browser cannot draw it), so there is nothing to export yet.',
  pitchedNoScale: 'A tilted map has no single scale, so no scale bar is drawn.',
};

export function exportMessages(lang: Lang): ExportMessages {
  return lang === 'zh' ? zh : en;
}
