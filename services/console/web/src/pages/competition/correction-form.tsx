import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { ContestEventView } from './competition-api.ts';
import { correctionRequest, type ResultDraft } from './competition-drafts.ts';
import { competitionLabels, medalKeys } from './competition-labels.ts';
import { contestEventMessages } from './contest-event-messages.ts';

type Result = NonNullable<ContestEventView['results']>[number];

const draftOf = (result: Result | undefined): ResultDraft => ({
  entrantId: result?.entrantId ?? '',
  rank: result?.rank === null || result === undefined ? '' : String(result.rank),
  score: result?.score === null || result === undefined ? '' : String(result.score),
  medal: result?.medal ?? '',
  prize: result?.prize ?? '',
});

interface Props {
  readonly competitionId: string;
  readonly contestEvent: ContestEventView;
  readonly onCorrected: (contestEvent: ContestEventView) => void;
}

/** A published result corrected before 核准, with a reason the audit trail keeps. */
export function CorrectionForm({ competitionId, contestEvent, onCorrected }: Props) {
  const t = useMessages(contestEventMessages);
  const labels = competitionLabels(useLang().lang);
  const results = contestEvent.results ?? [];
  const [draft, setDraft] = useState(() => draftOf(results[0]));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const nameOf = (entrantId: string) => contestEvent.entrants.find((e) => e.entrantId === entrantId)?.name ?? entrantId;
  const field = (key: 'rank' | 'score' | 'medal' | 'prize') => ({
    value: draft[key],
    onValue: (value: string) => setDraft({ ...draft, [key]: value }),
    error: errors[key],
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    setRefusal(null);
    const checked = correctionRequest(draft, reason);
    if (!checked.ok) return setErrors(checked.errors);
    try {
      const path = { competitionId, contestEventId: contestEvent.contestEventId };
      const url = '/v1/competitions/{competitionId}/results/{contestEventId}/corrections' as const;
      onCorrected(await ok(api.competition.POST(url, { params: { path }, body: checked.body })));
      setErrors({});
      setReason('');
    } catch (error) {
      setErrors(problemFieldErrors(error));
      setRefusal(error);
    }
  };
  const titleId = `correct-${contestEvent.contestEventId}`;
  return (
    <form class="form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>{t.correctTitle}</h3>
      <p>{t.correctLead}</p>
      <SelectField
        label={t.entrant}
        value={draft.entrantId}
        onValue={(entrantId) => setDraft(draftOf(results.find((r) => r.entrantId === entrantId)))}
        options={results.map((r) => [r.entrantId, `${nameOf(r.entrantId)} ${r.entrantId}`] as const)}
      />
      <TextField label={t.rank} inputMode="numeric" {...field('rank')} />
      <SelectField
        label={t.medal}
        anyLabel={t.noMedal}
        options={medalKeys.map((m) => [m, labels.medal(m)] as const)}
        {...field('medal')}
      />
      <TextField label={t.score} inputMode="decimal" {...field('score')} />
      <TextField label={t.prize} {...field('prize')} />
      <TextField label={t.reason} value={reason} onValue={setReason} error={errors.reason} />
      <ProblemNotice error={refusal} />
      <button type="submit" class="secondary">
        {t.correct}
      </button>
    </form>
  );
}
