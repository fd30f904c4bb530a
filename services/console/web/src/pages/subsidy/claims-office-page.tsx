import './subsidy.css';
import { useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { FilterForm } from '../../ui/filter-form.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { levelNames } from '../centre/centre-messages.ts';
import { ClaimDetail } from './claim-detail.tsx';
import { type ClaimantQuery, checkClaimantQuery } from './claimant-query.ts';
import { claimsOfficeMessages } from './claims-office-messages.ts';
import { ClaimsTable } from './claims-table.tsx';
import { InsuranceUpload } from './insurance-upload.tsx';
import { ReviewForm } from './review-form.tsx';
import { type Claimant, findClaimant, workerClaims } from './subsidy-api.ts';
import type { Claim } from './subsidy-types.ts';

interface Found {
  readonly claimant: Claimant;
  readonly claims: readonly Claim[];
}

/** The subsidy office (docs/domain.md §7.9–7.10): a claimant's claims, the review of referred ones, 失业保险 imports. */
export default function ClaimsOfficePage() {
  const t = useMessages(claimsOfficeMessages);
  const levels = useMessages(levelNames);
  const [query, setQuery] = useState<ClaimantQuery>({ certificateNo: '', workerId: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [found, setFound] = useState<Found | null>(null);
  const [shown, setShown] = useState<Claim | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const field = bindFields(query, setQuery, errors);
  const search = async () => {
    const checked = checkClaimantQuery(query, t.either);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setShown(null);
    setNotice(null);
    try {
      const claimant = await findClaimant(checked.by, checked.value);
      setFound({ claimant, claims: await workerClaims(claimant.workerId) });
      setProblem(null);
    } catch (error) {
      setErrors(problemFieldErrors(error));
      setFound(null);
      setProblem(error);
    }
  };
  const reviewed = async (claim: Claim) => {
    setShown(claim);
    setNotice(t.reviewed);
    if (found) setFound({ ...found, claims: await workerClaims(found.claimant.workerId) });
  };
  const certificate = found?.claimant.certificate ?? null;
  return (
    <section aria-labelledby="claims-office-title" class="subsidy">
      <h1 id="claims-office-title">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <FilterForm label={t.find} submit={t.search} onSearch={() => void search()}>
        <TextField label={t.certificateNo} hint={t.certificateHint} spellcheck={false} {...field('certificateNo')} />
        <TextField label={t.workerId} hint={t.workerIdHint} spellcheck={false} {...field('workerId')} />
      </FilterForm>
      <ProblemNotice error={problem} />
      {found === null ? null : (
        <section class="claimant" aria-label={t.find}>
          <p class="claimant-line">
            {certificate === null
              ? t.worker(found.claimant.workerId)
              : t.holder(
                  certificate.certificateNo,
                  certificate.occupationName ?? certificate.occupationCode,
                  levels[certificate.level as keyof typeof levels] ?? certificate.level,
                )}
          </p>
          <ClaimsTable claims={found.claims} onShow={setShown} />
        </section>
      )}
      {notice ? (
        <p class="success" role="status">
          {notice}
        </p>
      ) : null}
      {shown ? (
        <>
          <ClaimDetail claim={shown} title={t.decisionTitle(shown.decision.certificateNo ?? shown.claimId)} />
          {shown.status === 'referred' && shown.review === null ? (
            <ReviewForm key={shown.claimId} claim={shown} onReviewed={(claim) => void reviewed(claim)} />
          ) : null}
        </>
      ) : null}
      <InsuranceUpload />
    </section>
  );
}
