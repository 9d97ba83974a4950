import { describe, expect, it } from 'vitest';
import { LANGS, messagesFor } from '../i18n';
import { noticeText } from './Notices';

describe('noticeText', () => {
  it('renders every notice kind in both languages, with and without an argument', () => {
    for (const lang of LANGS) {
      for (const kind of Object.keys(messagesFor(lang).notices) as Array<keyof ReturnType<typeof messagesFor>['notices']>) {
        expect(noticeText({ id: 1, kind, count: 1 }, lang).length, `${lang} ${kind}`).toBeGreaterThan(5);
        expect(noticeText({ id: 1, kind, arg: 'x', count: 1 }, lang).length).toBeGreaterThan(5);
      }
    }
  });
});
