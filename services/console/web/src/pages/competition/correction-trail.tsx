import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import type { ContestEventView } from './competition-api.ts';
import { competitionLabels } from './competition-labels.ts';
import { contestEventMessages } from './contest-event-messages.ts';

/** The audit trail of a contest event's corrections, oldest first: whose result, from what to what, why, when. */
export function CorrectionTrail({ contestEvent }: { contestEvent: ContestEventView }) {
  const t = useMessages(contestEventMessages);
  const labels = competitionLabels(useLang().lang);
  if (contestEvent.corrections.length === 0) return null;
  const who = (entrantId: string) =>
    `${contestEvent.entrants.find((e) => e.entrantId === entrantId)?.name ?? ''} ${entrantId}`.trim();
  type Placing = ContestEventView['corrections'][number]['previous'];
  const placing = (result: Placing) => t.placing(result.rank, labels.medal(result.medal));
  return (
    <>
      <h3>{t.corrections}</h3>
      <ul>
        {contestEvent.corrections.map((c) => (
          <li key={`${c.entrantId}-${c.correctedAt}`}>
            {t.correctionLine(
              who(c.entrantId),
              `${placing(c.previous)} → ${placing(c.corrected)}`,
              c.reason,
              c.correctedAt.slice(0, 10),
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
