/** Every keyboard shortcut, as data: the map, the markup tool, briefings and presenting. Opened with `?`. */
import type { Localized } from '../content/types';
import { MARKUP_MODE_KEYS, markupMessages } from '../markup/messages';
import { useAtlasStore } from '../state/store';

interface Shortcut {
  keys: string;
  what: Localized;
}

const GROUPS: Array<{ title: Localized; items: Shortcut[] }> = [
  {
    title: { zh: '地图', en: 'Map' },
    items: [
      { keys: '← ↑ → ↓', what: { zh: '移动地图（地图获得焦点时）', en: 'Pan the map (when it has the focus)' } },
      { keys: '+ / −', what: { zh: '放大、缩小', en: 'Zoom in, out' } },
      { keys: 'Esc', what: { zh: '结束绘制，再按关闭面板，再按取消选择', en: 'End drawing, then close a panel, then clear the selection' } },
      { keys: '?', what: { zh: '打开或关闭本快捷键列表', en: 'Open or close this list' } },
    ],
  },
  {
    title: { zh: '标绘与量算', en: 'Markup and measure' },
    items: [
      { keys: 'M', what: { zh: '打开或关闭标绘工具', en: 'Open or close the markup tool' } },
      ...(Object.entries(MARKUP_MODE_KEYS) as Array<[keyof typeof MARKUP_MODE_KEYS, string]>).map(([mode, key]) => ({
        keys: key,
        what: { zh: markupMessages('zh').modes[mode], en: markupMessages('en').modes[mode] },
      })),
      { keys: 'Space', what: { zh: '在地图中心十字处加点（地图获得焦点时）', en: 'Add a vertex at the map’s centre cross (when the map has the focus)' } },
      { keys: 'Enter', what: { zh: '结束线或多边形', en: 'Finish a line or polygon' } },
      { keys: 'Delete', what: { zh: '删除所选图形', en: 'Delete the selected shape' } },
      { keys: 'Ctrl+Z', what: { zh: '撤销（绘制中：撤销上一点）', en: 'Undo (while drawing: the last vertex)' } },
      { keys: 'Ctrl+Shift+Z / Ctrl+Y', what: { zh: '重做', en: 'Redo' } },
    ],
  },
  {
    title: { zh: '简报与演示', en: 'Briefings and presenting' },
    items: [
      { keys: 'Alt+↑ / Alt+↓', what: { zh: '在简报面板中移动步骤', en: 'Move a step in the briefing panel' } },
      { keys: '→ PageDown Space', what: { zh: '演示：下一步', en: 'Presenting: next step' } },
      { keys: '← PageUp', what: { zh: '演示：上一步', en: 'Presenting: previous step' } },
      { keys: 'Home / End', what: { zh: '演示：第一步、最后一步', en: 'Presenting: first, last step' } },
      { keys: 'Esc', what: { zh: '退出演示', en: 'Leave presenting' } },
    ],
  },
];

export function ShortcutsPanel() {
  const lang = useAtlasStore((s) => s.lang);
  return (
    <section className="drawer shortcuts-drawer" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{markupMessages(lang).shortcuts}</h2>
      {GROUPS.map((g) => (
        <section key={g.title.en}>
          <h3>{g.title[lang]}</h3>
          <dl className="shortcuts">
            {g.items.map((item) => (
              <div key={`${item.keys}-${item.what.en}`}>
                <dt>
                  <kbd>{item.keys}</kbd>
                </dt>
                <dd>{item.what[lang]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
