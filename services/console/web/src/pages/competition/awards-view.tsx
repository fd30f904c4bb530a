import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { DataTable } from '../../ui/data-table.tsx';
import type { ContestEventView } from './competition-api.ts';
import { competitionLabels } from './competition-labels.ts';
import { contestEventMessages } from './contest-event-messages.ts';

/**
 * What confirming a contest event caused, as the confirmation answers it: each promotion (from the
 * level held to the new one, by which rule), each title, and who the one-a-year cap held back.
 */
export function AwardsView({ contestEvent }: { contestEvent: ContestEventView }) {
  const t = useMessages(contestEventMessages);
  const labels = competitionLabels(useLang().lang);
  const nameOf = (entrantId: string) => {
    const entrant = contestEvent.entrants.find((e) => e.entrantId === entrantId);
    return `${entrant?.name ?? ''} ${entrantId}`.trim();
  };
  const { promotions, honours, capped } = contestEvent;
  const titleId = `awards-${contestEvent.contestEventId}`;
  return (
    <section class="awards" aria-labelledby={titleId}>
      <h3 id={titleId}>{t.awardsTitle}</h3>
      <DataTable
        caption={t.promotions}
        captionVisible
        empty={t.noPromotions}
        rows={promotions}
        rowKey={(p) => p.entrantId}
        columns={[
          { key: 'who', header: t.entrant, rowHeader: true, cell: (p) => nameOf(p.entrantId) },
          {
            key: 'level',
            header: t.level,
            cell: (p) => t.fromTo(labels.level(p.fromLevel), labels.level(p.level)),
          },
          { key: 'rule', header: t.rule, cell: (p) => <code>{p.ruleId}</code> },
        ]}
      />
      {honours.length > 0 ? (
        <>
          <h4>{t.honours}</h4>
          <ul>
            {honours.map((h) => (
              <li key={`${h.entrantId}-${h.honour}`}>
                {nameOf(h.entrantId)}：{labels.honour(h.honour)} (<code>{h.ruleId}</code>)
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {capped.length > 0 ? (
        <>
          <h4>{t.capped}</h4>
          <ul>
            {capped.map((c) => (
              <li key={c.entrantId}>{nameOf(c.entrantId)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
