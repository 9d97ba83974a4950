import { en } from './en';
import type { Lang, Messages } from './messages';
import { zh } from './zh';

export type { Lang, Messages } from './messages';
export { LANGS } from './messages';

const MESSAGES: Record<Lang, Messages> = { zh, en };

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
