import { ConfirmResultsSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { ContestEventView } from './competition-api.ts';
import { contestEventMessages } from './contest-event-messages.ts';

interface Props {
  readonly competitionId: string;
  readonly contestEvent: ContestEventView;
  readonly onConfirmed: (contestEvent: ContestEventView) => void;
}

/** 核准: final; the answer names the promotions and titles it caused, which the page then shows. */
export function ConfirmForm({ competitionId, contestEvent, onConfirmed }: Props) {
  const t = useMessages(contestEventMessages);
  const [confirmedOn, setConfirmedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setRefusal(null);
    const request = { contestEventId: contestEvent.contestEventId, ...(confirmedOn ? { confirmedOn } : {}) };
    const checked = ConfirmResultsSchema.safeParse(request);
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    try {
      const params = { path: { competitionId } };
      onConfirmed(
        await ok(api.competition.POST('/v1/competitions/{competitionId}/confirm', { params, body: checked.data })),
      );
    } catch (error) {
      setErrors(problemFieldErrors(error));
      setRefusal(error);
    }
  };
  const titleId = `confirm-${contestEvent.contestEventId}`;
  return (
    <form class="form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>{t.confirmTitle}</h3>
      <p class="notice">{t.confirmLead}</p>
      <TextField
        label={t.confirmedOn}
        hint={t.confirmedOnHint}
        type="date"
        value={confirmedOn}
        onValue={setConfirmedOn}
        error={errors.confirmedOn}
      />
      <ProblemNotice error={refusal} />
      <button type="submit" class="danger">
        {t.confirm}
      </button>
    </form>
  );
}
