import { CompetitionRecordIdSchema, OrganiserGrantSchema, OrganiserIdSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { CheckField } from '../../ui/check-field.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { grantsOf } from './competition-api.ts';
import { competitionLabels, tierKeys } from './competition-labels.ts';
import { grantsMessages } from './grants-messages.ts';

type Grants = Awaited<ReturnType<typeof grantsOf>>;

/** The authority's grants to a competition organiser (docs/domain.md §4.1): read them, set one body's tiers. */
export default function OrganiserGrantsPage() {
  const t = useMessages(grantsMessages);
  const labels = competitionLabels(useLang().lang);
  const [organiserId, setOrganiserId] = useState('');
  const [shown, setShown] = useState<{ organiserId: string; grants: Grants } | null>(null);
  const [grant, setGrant] = useState({ bodyId: '', tiers: [] as string[], reason: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const look = async (event: Event) => {
    event.preventDefault();
    const checked = OrganiserIdSchema.safeParse(organiserId);
    if (!checked.success) return setErrors({ organiserId: checked.error.issues[0]?.message ?? '' });
    setErrors({});
    grantsOf(checked.data).then((grants) => setShown({ organiserId: checked.data, grants }), setProblem);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (shown === null) return;
    // The body is the grant's path, checked as the route checks it; the tiers and reason are its body.
    const checked = OrganiserGrantSchema.extend({ bodyId: CompetitionRecordIdSchema }).safeParse(grant);
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    const { bodyId, ...body } = checked.data;
    try {
      const path = { organiserId: shown.organiserId, bodyId };
      const answer = await ok(
        api.competition.PUT('/v1/organisers/{organiserId}/grants/{bodyId}', { params: { path }, body }),
      );
      setShown({ organiserId: answer.organiserId, grants: answer.grants });
      setErrors({});
      setProblem(null);
    } catch (error) {
      setErrors(problemFieldErrors(error));
      setProblem(error);
    }
  };
  const toggle = (tier: string) =>
    setGrant({
      ...grant,
      tiers: grant.tiers.includes(tier) ? grant.tiers.filter((x) => x !== tier) : [...grant.tiers, tier],
    });
  return (
    <section aria-labelledby="grants-title">
      <h1 id="grants-title">{t.title}</h1>
      <p>{t.lead}</p>
      <form class="form" onSubmit={look} aria-label={t.look} noValidate>
        <TextField
          label={t.organiserId}
          hint={t.organiserIdHint}
          value={organiserId}
          onValue={setOrganiserId}
          error={errors.organiserId}
        />
        <button type="submit">{t.look}</button>
      </form>
      <ProblemNotice error={problem} />
      {shown === null ? null : (
        <>
          <DataTable
            caption={t.grantsOf(shown.organiserId)}
            captionVisible
            empty={t.none}
            rows={shown.grants}
            rowKey={(g) => g.bodyId}
            columns={[
              { key: 'body', header: t.body, rowHeader: true, cell: (g) => g.bodyId },
              { key: 'tiers', header: t.tiers, cell: (g) => g.tiers.map(labels.tier).join('、') },
            ]}
          />
          <form class="form" onSubmit={save} aria-labelledby="grant-title" noValidate>
            <h2 id="grant-title">{t.grantTitle}</h2>
            <TextField
              label={t.bodyId}
              value={grant.bodyId}
              onValue={(bodyId) => setGrant({ ...grant, bodyId })}
              error={errors.bodyId}
            />
            <fieldset>
              <legend>{t.tiers}</legend>
              {tierKeys.map((tier) => (
                <CheckField
                  key={tier}
                  label={labels.tier(tier)}
                  checked={grant.tiers.includes(tier)}
                  onChecked={() => toggle(tier)}
                />
              ))}
            </fieldset>
            <TextField
              label={t.reason}
              value={grant.reason}
              onValue={(reason) => setGrant({ ...grant, reason })}
              error={errors.reason}
            />
            <button type="submit" class="primary">
              {t.save}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
