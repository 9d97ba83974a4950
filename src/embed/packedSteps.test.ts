import { describe, expect, it } from 'vitest';
import { encodeSteps } from './briefing';
import { packBriefing, packedStepsOf, unpackBriefing } from './packedSteps';

const steps = Array.from({ length: 20 }, (_, i) => ({
  title: { zh: `第${i + 1}步`, en: `Step ${i + 1}` },
  layers: ['core', 'belts', 'clusters'],
  zone: 'bagualing' as const,
  view: { center: [114.05 + i * 0.001, 22.54] as [number, number], zoom: 13, bearing: 0, pitch: 0 },
  notes: `备注 ${i + 1}：${'规划要点。'.repeat(8)}`,
}));

describe('packed briefing links', () => {
  it('packs a 20-step briefing to a fraction of the uncompressed link and unpacks it exactly', async () => {
    const packed = await packBriefing({ title: '二十步', steps });
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(packed.length).toBeLessThan(encodeSteps(steps).length / 4);
    expect(packedStepsOf(steps)).toBe(packed);
    // Text packed elsewhere (not in this page's cache) gives the same briefing back.
    const deflated = new Blob([JSON.stringify({ t: '另一份', s: steps })]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const { base64Url } = await import('../encoding/base64');
    const fresh = await unpackBriefing(base64Url(new Uint8Array(await new Response(deflated).arrayBuffer())));
    expect(fresh?.title).toBe('另一份');
    expect(fresh?.steps).toEqual(steps);
  });

  it('refuses damaged, oversized and non-briefing input without throwing', async () => {
    expect(await unpackBriefing('!!!')).toBeNull();
    expect(await unpackBriefing('AAAA')).toBeNull();
    expect(await unpackBriefing('A'.repeat(40_000))).toBeNull();
    // A deflate bomb: 10 MB of zeros packs small but is stopped while inflating.
    const zeros = new Blob([new Uint8Array(10_000_000)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bomb = new Uint8Array(await new Response(zeros).arrayBuffer());
    const { base64Url } = await import('../encoding/base64');
    expect(await unpackBriefing(base64Url(bomb))).toBeNull();
  });
});
