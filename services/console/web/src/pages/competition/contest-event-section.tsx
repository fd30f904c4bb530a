import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { AwardsView } from './awards-view.tsx';
import type { ContestEventView } from './competition-api.ts';
import { competitionLabels } from './competition-labels.ts';
import { ConfirmForm } from './confirm-form.tsx';
import { contestEventMessages } from './contest-event-messages.ts';
import { CorrectionForm } from './correction-form.tsx';
import { CorrectionTrail } from './correction-trail.tsx';
import { EntrantForm } from './entrant-form.tsx';
import { EntrantsTable } from './entrants-table.tsx';
import { ResultsForm } from './results-form.tsx';

interface Props {
  readonly competitionId: string;
  readonly contestEvent: ContestEventView;
  /** With the contest event as a command answered it, or none: read the competition again. */
  readonly onChanged: (contestEvent?: ContestEventView) => void;
}

const badge = { open: 'badge-warn', published: 'badge-warn', confirmed: 'badge-ok' } as const;

/**
 * One contest event through its life: entries while open, then its results once, corrections and
 * the confirmation while published, and what the confirmation caused.
 */
export function ContestEventSection({ competitionId, contestEvent, onChanged }: Props) {
  const t = useMessages(contestEventMessages);
  const labels = competitionLabels(useLang().lang);
  const { status, contestEventId } = contestEvent;
  const commands = { competitionId, contestEvent };
  return (
    <section class="contest-event" aria-labelledby={`event-${contestEventId}`}>
      <h2 id={`event-${contestEventId}`}>
        {contestEvent.name} <span class={`badge ${badge[status]}`}>{labels.status(status)}</span>
      </h2>
      <p>
        {t.occupation} {contestEvent.occupationCode}
        {contestEvent.workType === '--' ? '' : ` ${contestEvent.workType}`} · {t.level}{' '}
        {labels.level(contestEvent.level)} · {t.track} {labels.track(contestEvent.track)} ·{' '}
        {t.teamSize(contestEvent.teamSize)}
        {contestEvent.confirmedAt ? ` · ${t.confirmedAt(contestEvent.confirmedAt.slice(0, 10))}` : ''}
      </p>
      <EntrantsTable contestEvent={contestEvent} />
      {status === 'open' ? <EntrantForm {...commands} onEntered={() => onChanged()} /> : null}
      {status === 'open' && contestEvent.entrants.length > 0 ? (
        <ResultsForm key={contestEvent.entrants.length} {...commands} onPublished={onChanged} />
      ) : null}
      <CorrectionTrail contestEvent={contestEvent} />
      {status === 'published' ? <CorrectionForm {...commands} onCorrected={onChanged} /> : null}
      {status === 'published' ? <ConfirmForm {...commands} onConfirmed={onChanged} /> : null}
      {status === 'confirmed' ? <AwardsView contestEvent={contestEvent} /> : null}
    </section>
  );
}
