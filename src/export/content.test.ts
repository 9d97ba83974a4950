import { beforeEach, describe, expect, it } from 'vitest';
import { LAYERS } from '../layers/registry';
import { TOGGLE_IDS, visibilityFrom } from '../layers/toggles';
import { ZONE_IDS } from '../zones/ids';
import { resetAtlasStore, useAtlasStore } from '../state/store';
import { defaultTitle, exportPermalink, exportSubject, legendRows } from './content';

const here = { origin: 'https://atlas.example', pathname: '/futian/' };

describe('export content', () => {
  beforeEach(resetAtlasStore);

  it('titles the export after the selected zone, else the plan’s layout', () => {
    const none = { briefingSteps: null, stepIndex: null };
    expect(defaultTitle({ lang: 'zh', selectedZoneId: null, ...none })).toBe('福田区产业空间布局');
    expect(defaultTitle({ lang: 'en', selectedZoneId: 'bagualing', ...none })).toBe('Bagualing');
    const step = { title: { zh: '三带', en: 'The three belts' }, layers: [], view: { center: [114, 22.5] as [number, number], zoom: 12, bearing: 0, pitch: 0 } };
    expect(defaultTitle({ lang: 'zh', selectedZoneId: null, briefingSteps: [step], stepIndex: 0 })).toBe('福田区产业空间布局 · 三带');
  });

  it('links back to the full Atlas at the same view, without the embed’s chrome', () => {
    const s = useAtlasStore.getState();
    s.selectZone('bagualing', 'map');
    s.setEmbed(true, ['legend'], 'https://host.example');
    s.setView({ center: [114.09, 22.56], zoom: 13.2, bearing: 10, pitch: 0 });
    const link = new URL(exportPermalink(useAtlasStore.getState(), here));
    expect(link.origin + link.pathname).toBe('https://atlas.example/futian/');
    expect(link.searchParams.get('zone')).toBe('bagualing');
    expect(link.searchParams.get('view')).toBe('114.09,22.56,13.2,10,0');
    expect(link.searchParams.has('embed')).toBe(false);
    expect(link.searchParams.has('host')).toBe(false);
    // Printed commas, not %2C.
    expect(link.href).toContain('view=114.09,22.56');
  });

  it('names the file after the zone, else the briefing step, else the view', () => {
    expect(exportSubject({ selectedZoneId: 'hetao', briefingSteps: null, stepIndex: null })).toBe('hetao');
    const step = { title: { zh: '三带', en: 'The three belts' }, layers: [], view: { center: [114, 22.5] as [number, number], zoom: 12, bearing: 0, pitch: 0 } };
    expect(exportSubject({ selectedZoneId: null, briefingSteps: [step], stepIndex: 0 })).toBe('The three belts');
    expect(exportSubject({ selectedZoneId: null, briefingSteps: null, stepIndex: null })).toBeNull();
  });

  it('lists in the legend only layers that are switched on and drawn in the frame', () => {
    useAtlasStore.getState().setLayers(visibilityFrom(['core', 'belts', 'partners']), {});
    const drawn = new Set(['plan-core-fill', 'plan-belts-fill', 'plan-belts-fill#belt-north']);
    const labels = legendRows(useAtlasStore.getState(), drawn).map((r) => r.label);
    expect(labels).toContain('一核：粤港澳金融商务核');
    expect(labels).toContain('北部：智能科技产业带');
    // Only the northern belt is in the frame: the other two belts are not listed.
    expect(labels.some((l) => l.includes('中部') || l.includes('南部'))).toBe(false);
    // Partners are on but outside the frame; clusters are drawn but switched off.
    expect(labels.some((l) => l.includes('对口合作'))).toBe(false);
    expect(legendRows(useAtlasStore.getState(), new Set(['plan-clusters-fill'])).map((r) => r.label)).toEqual([]);
  });

  it('lists a partner county without the paired-town entry when no town is in the frame', () => {
    useAtlasStore.getState().setLayers(visibilityFrom(['partners', 'boundaries']), {});
    const labels = legendRows(useAtlasStore.getState(), new Set(['plan-partners-fill', 'plan-partners-line', 'districts-regional-line'])).map((r) => r.label);
    expect(labels).toEqual(['对口合作县区', '区县界']);
  });

  it.each(['zh', 'en'] as const)('gives every row its own label and its own symbol, whichever zone is selected (%s)', (lang) => {
    const everything = new Set(LAYERS.flatMap((l) => l.style.flatMap((layer) => [layer.id, ...['belt-north', 'belt-central', 'belt-south'].map((f) => `${layer.id}#${f}`)])));
    for (const zone of ZONE_IDS) {
      resetAtlasStore();
      const s = useAtlasStore.getState();
      s.setLang(lang);
      s.setLayers(visibilityFrom(TOGGLE_IDS), {});
      s.selectZone(zone, 'map');
      const rows = legendRows(useAtlasStore.getState(), everything);
      const labels = rows.map((r) => r.label);
      expect(new Set(labels).size, `${zone}: ${labels.join(' | ')}`).toBe(labels.length);
      // No name stands in the legend twice (福田区 selected once listed "选中：福田区" and "福田区").
      const bare = labels.filter((l) => labels.some((other) => other !== l && other.endsWith(`：${l}`)));
      expect(bare, zone).toEqual([]);
      const symbols = rows.map((r) => JSON.stringify(r.swatch));
      expect(new Set(symbols).size, `${zone}: symbols`).toBe(symbols.length);
    }
  });

  it('draws the selection as a wide outline, unlike the clusters’ thin one', () => {
    useAtlasStore.getState().selectZone('bagualing', 'map');
    const rows = legendRows(useAtlasStore.getState(), new Set(['plan-clusters-fill', 'plan-clusters-line']));
    expect(rows.map((r) => r.label)).toEqual(['选中：八卦岭片区', '组团（示意范围）']);
    expect(rows[0]?.swatch).toEqual({ line: '#111111', lineWidth: 4 });
    expect(rows[1]?.swatch.lineWidth).toBeUndefined();
  });
});
