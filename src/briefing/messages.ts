/** The 简报 panel's, the presenter's and the deck's own text: loaded with them, not with the entry script. */
import type { Lang } from '../i18n';
import type { TextScaleId } from '../export/presets';
import type { RefusalKind, StepProblem } from './document';

export interface BriefingMessages {
  title: string;
  untitled: string;
  choose: string;
  newBriefing: string;
  deleteBriefing: (title: string) => string;
  briefingTitle: string;
  subtitle: string;
  addStep: string;
  defaultStepTitle: (n: number) => string;
  noSteps: string;
  stepTitle: (n: number) => string;
  stepNotes: (n: number) => string;
  notesCount: (used: number, max: number) => string;
  show: string;
  moveUp: string;
  moveDown: string;
  duplicate: string;
  remove: string;
  reorderHint: string;
  removed: (title: string) => string;
  undo: string;
  openFile: string;
  saveFile: string;
  opened: (title: string, steps: number) => string;
  migrated: (version: number) => string;
  stepsLeftOut: (problems: StepProblem[]) => string;
  refused: Record<RefusalKind, (detail?: string) => string>;
  storage: Record<'idle' | 'loading' | 'saving' | 'ok' | 'blocked' | 'quota', string>;
  present: string;
  presenterWindow: string;
  shareLink: string;
  linkLength: (n: number) => string;
  makeLink: string;
  deck: string;
  deckPptx: string;
  deckPdf: string;
  textSize: string;
  textScales: Record<TextScaleId, string>;
  withFooter: string;
  withQr: string;
  withSvg: string;
  deckProgress: (step: number, steps: number) => string;
  deckDone: (file: string) => string;
  deckFailed: (why: string) => string;
  cancel: string;
  cancelled: string;
  exit: string;
  stepCounter: (i: number, n: number) => string;
  next: string;
  nextStep: (title: string) => string;
  lastStep: string;
  notes: string;
  noNotes: string;
  presenterTitle: string;
  presenterWaiting: string;
  keysHint: string;
  sourcesSlide: string;
  documents: string;
  accuracy: string;
  basemapCredits: string;
  speakerSources: string;
  liveLink: string;
}

const zh: BriefingMessages = {
  title: '简报',
  untitled: '未命名简报',
  choose: '简报',
  newBriefing: '新建简报',
  deleteBriefing: (title) => `删除简报“${title}”`,
  briefingTitle: '简报标题',
  subtitle: '副标题',
  addStep: '添加当前视图为一步',
  defaultStepTitle: (n) => `视图 ${n}`,
  noSteps: '尚无步骤。调整地图（选择区域、图层、底图）后点击“添加当前视图为一步”。',
  stepTitle: (n) => `第 ${n} 步标题`,
  stepNotes: (n) => `第 ${n} 步备注`,
  notesCount: (used, max) => `${used}/${max} 字`,
  show: '显示',
  moveUp: '上移',
  moveDown: '下移',
  duplicate: '复制',
  remove: '删除',
  reorderHint: '拖动步骤或按 Alt+↑/↓ 调整顺序。',
  removed: (title) => `已删除“${title}”。`,
  undo: '撤销',
  openFile: '打开简报文件…',
  saveFile: '保存为文件',
  opened: (title, steps) => `已打开“${title}”（${steps} 步）。`,
  migrated: (version) => `该文件为旧格式（第 ${version} 版），已转换。`,
  stepsLeftOut: (problems) => `以下步骤无效，未载入：${problems.map((p) => `第 ${p.step} 步（${p.field}）`).join('、')}；其余步骤已保留。`,
  refused: {
    notJson: () => '该文件不是 JSON，未打开。',
    notBriefing: (detail) => `该文件不是福田规划地图的简报文件${detail ? `（${detail} 无效）` : ''}，未打开。`,
    newerVersion: (detail) => `该文件为较新的简报格式（第 ${detail ?? '?'} 版），本版本无法打开；请更新地图。`,
    noSteps: () => '该文件没有任何步骤，未打开。',
    noValidStep: () => '该文件的步骤均无效，未打开。',
  },
  storage: {
    idle: '',
    loading: '正在读取本浏览器中保存的简报…',
    saving: '正在保存…',
    ok: '已自动保存在本浏览器中。',
    blocked: '此浏览器不允许本页保存数据：简报刷新后会丢失，请用“保存为文件”保存。',
    quota: '本浏览器的存储空间已满，最近的修改未能保存；请用“保存为文件”保存。',
  },
  present: '演示',
  presenterWindow: '演讲者窗口',
  shareLink: '简报链接（压缩）',
  linkLength: (n) => `${n} 个字符`,
  makeLink: '生成简报链接',
  deck: '幻灯片',
  deckPptx: '导出 PPTX',
  deckPdf: '导出 PDF（矢量）',
  textSize: '文字大小',
  textScales: { standard: '标准', large: '放大' },
  withFooter: '页脚（PDF）',
  withQr: '二维码（PDF）',
  withSvg: 'PPTX 地图附 SVG（可在 PowerPoint 中取消组合、改色）',
  deckProgress: (step, steps) => `正在生成第 ${step}/${steps} 页…`,
  deckDone: (file) => `已下载 ${file}。`,
  deckFailed: (why) => `生成失败：${why}`,
  cancel: '取消',
  cancelled: '已取消。',
  exit: '退出演示（Esc）',
  stepCounter: (i, n) => `${i} / ${n}`,
  next: '下一步',
  nextStep: (title) => `下一步：${title}`,
  lastStep: '这是最后一步。',
  notes: '备注',
  noNotes: '（本步无备注）',
  presenterTitle: '演讲者窗口',
  presenterWaiting: '等待演示窗口…请在地图窗口中开始演示。',
  keysHint: '→ / PageDown / 空格：下一步；← / PageUp：上一步；Home / End：首尾；Esc：退出。',
  sourcesSlide: '资料来源与说明',
  documents: '资料来源',
  accuracy: '精度说明',
  basemapCredits: '底图与数据',
  speakerSources: '资料来源',
  liveLink: '在线查看本步',
};

const en: BriefingMessages = {
  title: 'Briefing',
  untitled: 'Untitled briefing',
  choose: 'Briefing',
  newBriefing: 'New briefing',
  deleteBriefing: (title) => `Delete briefing “${title}”`,
  briefingTitle: 'Briefing title',
  subtitle: 'Subtitle',
  addStep: 'Add the current view as a step',
  defaultStepTitle: (n) => `View ${n}`,
  noSteps: 'No steps yet. Set up the map (zone, layers, basemap), then press “Add the current view as a step”.',
  stepTitle: (n) => `Step ${n} title`,
  stepNotes: (n) => `Step ${n} notes`,
  notesCount: (used, max) => `${used}/${max} characters`,
  show: 'Show',
  moveUp: 'Move up',
  moveDown: 'Move down',
  duplicate: 'Duplicate',
  remove: 'Delete',
  reorderHint: 'Drag a step, or press Alt+↑/↓, to reorder.',
  removed: (title) => `Deleted “${title}”.`,
  undo: 'Undo',
  openFile: 'Open a briefing file…',
  saveFile: 'Save as a file',
  opened: (title, steps) => `Opened “${title}” (${steps} steps).`,
  migrated: (version) => `The file was in an older format (version ${version}) and has been converted.`,
  stepsLeftOut: (problems) => `These steps are invalid and were left out: ${problems.map((p) => `step ${p.step} (${p.field})`).join(', ')}; the other steps were kept.`,
  refused: {
    notJson: () => 'The file is not JSON; nothing was opened.',
    notBriefing: (detail) => `The file is not a Futian Planning Atlas briefing${detail ? ` (invalid ${detail})` : ''}; nothing was opened.`,
    newerVersion: (detail) => `The file is in a newer briefing format (version ${detail ?? '?'}) that this version cannot open; please update the Atlas.`,
    noSteps: () => 'The file has no steps; nothing was opened.',
    noValidStep: () => 'None of the file’s steps is valid; nothing was opened.',
  },
  storage: {
    idle: '',
    loading: 'Reading the briefings saved in this browser…',
    saving: 'Saving…',
    ok: 'Saved automatically in this browser.',
    blocked: 'This browser does not let the page keep data: the briefing will be lost on reload; use “Save as a file”.',
    quota: 'This browser’s storage is full and the latest changes were not saved; use “Save as a file”.',
  },
  present: 'Present',
  presenterWindow: 'Presenter window',
  shareLink: 'Briefing link (compressed)',
  linkLength: (n) => `${n} characters`,
  makeLink: 'Make a briefing link',
  deck: 'Slides',
  deckPptx: 'Export PPTX',
  deckPdf: 'Export PDF (vector)',
  textSize: 'Text size',
  textScales: { standard: 'Standard', large: 'Large' },
  withFooter: 'Footer (PDF)',
  withQr: 'QR code (PDF)',
  withSvg: 'PPTX maps also as SVG (ungroup and recolour in PowerPoint)',
  deckProgress: (step, steps) => `Making slide ${step} of ${steps}…`,
  deckDone: (file) => `Downloaded ${file}.`,
  deckFailed: (why) => `Could not make the deck: ${why}`,
  cancel: 'Cancel',
  cancelled: 'Cancelled.',
  exit: 'Leave presenting (Esc)',
  stepCounter: (i, n) => `${i} / ${n}`,
  next: 'Next',
  nextStep: (title) => `Next: ${title}`,
  lastStep: 'This is the last step.',
  notes: 'Notes',
  noNotes: '(no notes for this step)',
  presenterTitle: 'Presenter window',
  presenterWaiting: 'Waiting for the presentation… start presenting in the map window.',
  keysHint: '→ / PageDown / Space: next; ← / PageUp: back; Home / End: first / last; Esc: leave.',
  sourcesSlide: 'Sources and notes',
  documents: 'Source documents',
  accuracy: 'Accuracy',
  basemapCredits: 'Basemap and data',
  speakerSources: 'Sources',
  liveLink: 'Open this step live',
};

export function briefingMessages(lang: Lang): BriefingMessages {
  return lang === 'zh' ? zh : en;
}
