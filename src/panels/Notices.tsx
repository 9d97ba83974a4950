import { messagesFor } from '../i18n';
import type { Notice } from '../state/ui';
import { useAtlasStore } from '../state/store';
import { BasemapHostPrompt } from './BasemapHostPrompt';

export function noticeText(notice: Notice, lang: 'zh' | 'en'): string {
  // Some messages take the offending value, some are fixed text.
  const message: string | ((arg: string) => string) = messagesFor(lang).notices[notice.kind];
  return typeof message === 'function' ? message(notice.arg ?? '') : message;
}

/** Short, dismissible messages about input the Atlas could not use. Text only: never HTML. */
export function Notices() {
  const lang = useAtlasStore((s) => s.lang);
  const notices = useAtlasStore((s) => s.notices);
  const overflow = useAtlasStore((s) => s.noticesOverflow);
  const dismiss = useAtlasStore((s) => s.dismissNotice);
  const dismissAll = useAtlasStore((s) => s.dismissAllNotices);
  const m = messagesFor(lang);
  return (
    <section className="notices" role="status" aria-live="polite" aria-label={m.noticeTitle}>
      <BasemapHostPrompt />
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>
            {noticeText(n, lang)}
            {n.count > 1 && <span className="notice-count">{m.noticeRepeated(n.count)}</span>}
          </span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={m.dismiss}>
            ×
          </button>
        </p>
      ))}
      {(overflow > 0 || notices.length > 1) && (
        <p className="notice notice-more">
          {overflow > 0 && <span>{m.noticesMore(overflow)}</span>}
          <button type="button" className="dismiss-all" onClick={dismissAll}>
            {m.dismissAll}
          </button>
        </p>
      )}
    </section>
  );
}
