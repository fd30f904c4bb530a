import { useMessages } from '../../i18n/messages.ts';
import { subsidyMessages } from './subsidy-messages.ts';

interface Clause {
  readonly document: string;
  readonly article?: string;
  readonly url: string | null;
}

/** Where a rule comes from: the document (linked when its address is known), the article, ⚠ when unconfirmed. */
export function ClauseText({ clause, confirmed }: { clause: Clause | null; confirmed: boolean }) {
  const t = useMessages(subsidyMessages);
  if (clause === null) return <span>—</span>;
  return (
    <span class="clause">
      {clause.url === null ? (
        <cite>{clause.document}</cite>
      ) : (
        <a href={clause.url} target="_blank" rel="noreferrer">
          <cite>{clause.document}</cite>
        </a>
      )}
      {clause.article ? <span> — {clause.article}</span> : null}
      {confirmed ? null : <strong class="unconfirmed"> {t.unconfirmed}</strong>}
    </span>
  );
}
