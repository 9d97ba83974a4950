/** Over a thousand random and malicious query strings: parseUrl never throws and always gives usable state. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n';
import { TOGGLE_IDS } from '../layers/toggles';
import { VIEW_LIMITS } from '../state/view';
import { isZoneId } from '../zones/ids';
import { prng, randomQuery } from '../../test/support/fuzz-queries';
import { encodeUrl, parseUrl } from './codec';

describe('parseUrl under fuzzing', () => {
  const rand = prng(20261123);
  const queries = Array.from({ length: 1200 }, () => randomQuery(rand));

  it.each(queries.map((q, i) => [i, q]))('case %i stays within the model: %s', (_, query) => {
    const { state, notices } = parseUrl(query as string);
    expect(LANGS).toContain(state.lang);
    if (state.view) {
      expect(state.view.zoom).toBeGreaterThanOrEqual(VIEW_LIMITS.minZoom);
      expect(state.view.zoom).toBeLessThanOrEqual(VIEW_LIMITS.maxZoom);
      expect(Number.isFinite(state.view.center[0] + state.view.center[1] + state.view.bearing + state.view.pitch)).toBe(true);
    }
    if (state.zone) expect(isZoneId(state.zone)).toBe(true);
    if (state.visibility) expect(Object.keys(state.visibility).sort()).toEqual([...TOGGLE_IDS].sort());
    for (const v of Object.values(state.opacity)) expect(v).toBeGreaterThanOrEqual(0);
    for (const n of notices) expect((n.arg ?? '').length).toBeLessThanOrEqual(41);
    // Whatever came in, what goes out parses back to the same state.
    expect(parseUrl(encodeUrl(state)).state).toEqual(state);
  });
});
