import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { ContestEventView } from './competition-api.ts';
import { type EntrantDraft, entrantRequest } from './competition-drafts.ts';
import { certifiedLevelKeys, competitionLabels } from './competition-labels.ts';
import { contestEventMessages } from './contest-event-messages.ts';

const empty: EntrantDraft = { entrantId: '', idNumber: '', name: '', heldLevel: '', teamId: '' };

interface Props {
  readonly competitionId: string;
  readonly contestEvent: ContestEventView;
  readonly onEntered: () => void;
}

/** 参赛登记 by 居民身份证号 and name, the number checked as the API checks it; it comes back only masked. */
export function EntrantForm({ competitionId, contestEvent, onEntered }: Props) {
  const t = useMessages(contestEventMessages);
  const labels = competitionLabels(useLang().lang);
  const [draft, setDraft] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const field = (key: keyof EntrantDraft, errorKey: string = key) => ({
    value: draft[key],
    onValue: (value: string) => setDraft({ ...draft, [key]: value }),
    error: errors[errorKey],
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    setRefusal(null);
    setDone('');
    const checked = entrantRequest(contestEvent.contestEventId, draft);
    if (!checked.ok) return setErrors(checked.errors);
    try {
      const params = { path: { competitionId } };
      const entrant = await ok(
        api.competition.POST('/v1/competitions/{competitionId}/entrants', { params, body: checked.body }),
      );
      setErrors({});
      setDraft(empty);
      setDone(t.entered(`${entrant.name ?? ''} ${entrant.maskedIdNumber ?? ''}`.trim()));
      onEntered();
    } catch (error) {
      setErrors(problemFieldErrors(error));
      setRefusal(error);
    }
  };
  const titleId = `enter-${contestEvent.contestEventId}`;
  return (
    <form class="form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>{t.enterTitle}</h3>
      <TextField label={t.entrantId} autoComplete="off" {...field('entrantId')} />
      <TextField label={t.idNumber} autoComplete="off" maxLength={18} {...field('idNumber', 'document.idNumber')} />
      <TextField label={t.name} autoComplete="off" {...field('name')} />
      <SelectField
        label={t.heldLevel}
        hint={t.heldLevelHint}
        anyLabel={t.noLevel}
        options={certifiedLevelKeys.map((level) => [level, labels.level(level)] as const)}
        {...field('heldLevel')}
      />
      {contestEvent.teamSize > 1 ? <TextField label={t.teamId} hint={t.teamIdHint} {...field('teamId')} /> : null}
      <ProblemNotice error={refusal} />
      {done ? <p role="status">{done}</p> : null}
      <button type="submit" class="primary">
        {t.enter}
      </button>
    </form>
  );
}
