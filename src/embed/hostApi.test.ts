import { describe, expect, it } from 'vitest';
import { parseHostMessage } from './hostApi';

describe('parseHostMessage', () => {
  it.each([
    [{ type: 'futian-atlas:select', zone: 'bagualing' }, { type: 'select', zone: 'bagualing' }],
    [{ type: 'futian-atlas:clear' }, { type: 'clear' }],
    [{ type: 'futian-atlas:layers', visible: ['core', 'belts'] }, { type: 'layers', visible: ['core', 'belts'] }],
    [{ type: 'futian-atlas:view', view: { center: [114.05, 22.54], zoom: 12 } }, { type: 'view', view: { center: [114.05, 22.54], zoom: 12, bearing: 0, pitch: 0 } }],
    [{ type: 'futian-atlas:step', index: 2 }, { type: 'step', index: 2 }],
    [{ type: 'futian-atlas:next' }, { type: 'next' }],
    [{ type: 'futian-atlas:lang', lang: 'en' }, { type: 'lang', lang: 'en' }],
  ])('accepts %j', (message, command) => {
    expect(parseHostMessage(message)).toEqual(command);
  });

  it.each([
    null,
    undefined,
    'futian-atlas:next',
    42,
    [],
    { type: 'select', zone: 'bagualing' },
    { type: 'futian-atlas:select', zone: 'atlantis' },
    { type: 'futian-atlas:select', zone: { toString: (): string => 'bagualing' } },
    { type: 'futian-atlas:layers', visible: ['core', '<script>'] },
    { type: 'futian-atlas:layers', visible: 'core' },
    { type: 'futian-atlas:view', view: { center: [0, 0], zoom: 12 } },
    { type: 'futian-atlas:view', view: { center: [114, 22.5], zoom: 'big' } },
    { type: 'futian-atlas:step', index: -1 },
    { type: 'futian-atlas:step', index: 1.5 },
    { type: 'futian-atlas:lang', lang: 'fr' },
    { type: 'futian-atlas:eval', code: 'alert(1)' },
    { type: 'futian-atlas:__proto__' },
  ])('ignores %j', (message) => {
    expect(parseHostMessage(message)).toBeNull();
  });
});
