import { documentById } from '../content';
import { isDocumentSource, type Source } from '../content/types';
import { messagesFor, type Lang } from '../i18n';

/** A source reference: document and section, with the document's title on hover and for screen readers. */
export function Cite({ source, lang }: { source: Source; lang: Lang }) {
  const m = messagesFor(lang);
  if (!isDocumentSource(source)) {
    return (
      <span className="cite cite-estimate" title={source.estimate[lang]}>
        〔{m.panel.estimate}〕
      </span>
    );
  }
  const title = documentById(source.doc).title[lang];
  return (
    <cite className="cite" title={title}>
      {m.panel.cite(source.doc, source.section)}
    </cite>
  );
}
