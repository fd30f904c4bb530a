import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, ok } from '../../api/clients.ts';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { grantsOf } from './competition-api.ts';
import { type RegistrationDraft, registrationRequest } from './competition-drafts.ts';
import { competitionLabels, tierKeys } from './competition-labels.ts';
import { competitionMessages } from './competition-messages.ts';
import { ContestEventFields, emptyContestEvent } from './contest-event-fields.tsx';

type Grants = Awaited<ReturnType<typeof grantsOf>>;

const emptyDraft = (grants: Grants): RegistrationDraft => ({
  competitionId: '',
  name: '',
  tier: grants[0]?.tiers[0] ?? 'provincial-class-1',
  year: String(new Date().getFullYear()),
  bodyId: grants[0]?.bodyId ?? '',
  contestEvents: [emptyContestEvent],
});

/**
 * 竞赛登记: checked in the form by the competition service's own schema, then by the service; a
 * refusal is shown at the field it names. With grants, the body and tier are picked from them.
 */
export function RegisterCompetitionForm({ grants }: { grants: Grants }) {
  const t = useMessages(competitionMessages);
  const labels = competitionLabels(useLang().lang);
  const { route } = useLocation();
  const [draft, setDraft] = useState(() => emptyDraft(grants));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const field = (key: 'competitionId' | 'name' | 'tier' | 'year' | 'bodyId') => ({
    value: draft[key],
    onValue: (value: string) => setDraft({ ...draft, [key]: value }),
    error: errors[key === 'bodyId' ? 'issuingBody.bodyId' : key],
  });
  const granted = grants.find((g) => g.bodyId === draft.bodyId)?.tiers ?? tierKeys;
  const events = draft.contestEvents;
  const setEvents = (contestEvents: RegistrationDraft['contestEvents']) => setDraft({ ...draft, contestEvents });
  const submit = async (event: Event) => {
    event.preventDefault();
    setRefusal(null);
    const checked = registrationRequest(draft);
    if (!checked.ok) return setErrors(checked.errors);
    try {
      // The form names no rule set: the service takes the tier's default, as it does for null.
      const { ruleSetId: _tierDefault, ...body } = checked.body;
      const registered = await ok(api.competition.POST('/v1/competitions', { body }));
      route(`/competitions/${encodeURIComponent(registered.competitionId)}`);
    } catch (error) {
      setErrors(problemFieldErrors(error));
      setRefusal(error);
    }
  };
  return (
    <form class="form" onSubmit={submit} aria-labelledby="register-title" noValidate>
      <h2 id="register-title">{t.registerTitle}</h2>
      <TextField label={t.competitionId} hint={t.competitionIdHint} autoComplete="off" {...field('competitionId')} />
      <TextField label={t.name} {...field('name')} />
      {grants.length > 0 ? (
        <SelectField
          label={t.issuingBody}
          hint={t.issuingBodyHint}
          options={grants.map((g) => [g.bodyId, g.bodyId] as const)}
          {...field('bodyId')}
        />
      ) : (
        <TextField label={t.issuingBody} hint={t.issuingBodyHint} autoComplete="off" {...field('bodyId')} />
      )}
      <SelectField label={t.tier} options={granted.map((k) => [k, labels.tier(k)] as const)} {...field('tier')} />
      <TextField label={t.year} inputMode="numeric" maxLength={4} {...field('year')} />
      {events.map((contestEvent, index) => (
        <ContestEventFields
          key={index}
          index={index}
          draft={contestEvent}
          errors={errors}
          onDraft={(next) => setEvents(events.map((e, i) => (i === index ? next : e)))}
          onRemove={events.length > 1 ? () => setEvents(events.filter((_, i) => i !== index)) : null}
        />
      ))}
      <button type="button" class="secondary" onClick={() => setEvents([...events, emptyContestEvent])}>
        {t.addEvent}
      </button>
      <ProblemNotice error={refusal} />
      <button type="submit" class="primary">
        {t.register}
      </button>
    </form>
  );
}
