import './subsidy.css';
import { useEffect, useState } from 'preact/hooks';
import { useSession } from '../../auth/session.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { ClaimDetail } from './claim-detail.tsx';
import { ClaimableCertificates, claimable } from './claimable-certificates.tsx';
import { ClaimsTable } from './claims-table.tsx';
import { DecisionView } from './decision-view.tsx';
import { mySubsidiesMessages } from './my-subsidies-messages.ts';
import { type ClaimAnswer, makeClaim, workerCertificates, workerClaims } from './subsidy-api.ts';
import type { CertificateFacts, Claim } from './subsidy-types.ts';

interface Held {
  readonly certificates: readonly CertificateFacts[];
  readonly claims: readonly Claim[];
}

/** A worker's 技能提升补贴 (docs/domain.md §7.10): claim for a certificate, see the decision, list the claims. */
function WorkerSubsidies({ workerId }: { workerId: string }) {
  const t = useMessages(mySubsidiesMessages);
  const regions = useRegionChoices();
  const [held, setHeld] = useState<Held | null>(null);
  const [region, setRegion] = useState('');
  const [regionError, setRegionError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ certificateNo: string; answer: ClaimAnswer } | null>(null);
  const [shown, setShown] = useState<Claim | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const load = async () => {
    try {
      const [certificates, claims] = await Promise.all([workerCertificates(workerId), workerClaims(workerId)]);
      setHeld({ certificates, claims });
    } catch (error) {
      setProblem(error);
    }
  };
  useEffect(() => void load(), [workerId]);
  const claim = async (certificateNo: string) => {
    if (region === '') return setRegionError(t.chooseRegion);
    setRegionError(undefined);
    setBusy(true);
    setProblem(null);
    setShown(null);
    try {
      setAnswer({ certificateNo, answer: await makeClaim({ kind: 'skill-upgrade', certificateNo, region }) });
      await load();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  if (held === null) return problem ? <ProblemNotice error={problem} /> : <p>{t.loading}</p>;
  return (
    <>
      <div class="form">
        <SelectField
          label={t.region}
          hint={t.regionHint}
          value={region}
          onValue={setRegion}
          anyLabel="—"
          options={regions}
          error={regionError}
        />
      </div>
      <ClaimableCertificates certificates={claimable(held.certificates, held.claims)} busy={busy} onClaim={claim} />
      <ProblemNotice error={problem} />
      {answer === null ? null : answer.answer.kind === 'judged' ? (
        <ClaimDetail claim={answer.answer.claim} title={t.resultTitle(answer.certificateNo)} />
      ) : (
        <DecisionView decision={answer.answer.decision} title={t.resultTitle(answer.certificateNo)} />
      )}
      <ClaimsTable claims={held.claims} onShow={setShown} />
      {shown ? (
        <ClaimDetail claim={shown} title={t.decisionTitle(shown.decision.certificateNo ?? shown.claimId)} />
      ) : null}
    </>
  );
}

export default function MySubsidiesPage() {
  const t = useMessages(mySubsidiesMessages);
  const { session } = useSession();
  return (
    <section aria-labelledby="my-subsidies-title" class="subsidy">
      <h1 id="my-subsidies-title">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      {session?.workerId ? <WorkerSubsidies workerId={session.workerId} /> : <p>{t.noWorker}</p>}
    </section>
  );
}
