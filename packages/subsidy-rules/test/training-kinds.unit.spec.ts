import type { CheckRule, Outcome } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { type ClaimInput, judgeClaim } from '../src/index.ts';
import { apprenticeship, certificate, claimInput, completion, cook, prior } from './fixtures.ts';

/**
 * 职业培训补贴, 新型学徒制补贴 and 生活费补贴 on the training they rest on (docs/domain.md §7.8,
 * §7.10): given the class or apprenticeship and the claims before, when the claim is judged, then
 * its outcome, the rules that failed, the clause the deciding rule cites and the amount.
 */
interface Row {
  readonly given: string;
  readonly clause: string;
  readonly input: ClaimInput;
  readonly outcome: Outcome;
  readonly failed?: readonly CheckRule[];
  readonly citedBy?: CheckRule;
  readonly amountFen?: number | null;
  readonly claimableFrom?: string | null;
}

const training = (fields: Parameters<typeof claimInput>[0] = {}) =>
  claimInput({
    claim: { kind: 'training', claimedOn: '2025-03-01' },
    completion: completion(),
    ...fields,
  });
const apprentice = (fields: Parameters<typeof apprenticeship>[0] = {}, claimedOn = '2025-03-10') =>
  claimInput({
    claim: { kind: 'apprenticeship', claimedOn },
    certificate: null,
    apprenticeship: apprenticeship(fields),
  });
const living = (fields: Parameters<typeof completion>[0] = {}, priorClaims = [] as ReturnType<typeof prior>[]) =>
  claimInput({
    claim: { kind: 'living', claimedOn: '2025-03-01' },
    certificate: null,
    completion: completion(fields),
    priorClaims,
  });

/** 新型学徒制补贴 year 1 of app-1 (2025-03-01 to 2026-02-28), as a prior claim counts it. */
const apprenticeYear1 = prior({
  kind: 'apprenticeship',
  occupationCode: null,
  level: null,
  payee: 'employer',
  period: { from: '2025-03-01', to: '2026-02-28' },
  apprenticeship: { apprenticeshipId: 'app-1', agreementYear: 1, stage: 'advance' },
});

const rows: readonly Row[] = [
  {
    given:
      '职业培训补贴 for a completed subsidised class and its certificate at the class level is referred for its amount',
    clause: 'amounts by level: not retrieved',
    citedBy: 'amount',
    input: training(),
    outcome: 'referred',
  },
  {
    given: '职业培训补贴 for a class that was not subsidised (补贴性) is refused',
    clause: 'subsidised training (补贴性) completed',
    input: training({ completion: completion({ subsidised: false }) }),
    outcome: 'rejected',
    failed: ['training-completed'],
  },
  {
    given: '职业培训补贴 for a class the worker did not complete is refused, never to be claimed',
    clause: 'subsidised training (补贴性) completed',
    input: training({ completion: completion({ outcome: { completed: false, on: '2025-01-05' } }) }),
    outcome: 'rejected',
    failed: ['training-completed'],
    claimableFrom: null,
  },
  {
    given: '职业培训补贴 for a certificate of another level than the class trained for is refused',
    clause: 'subsidised training (补贴性) completed',
    input: training({ certificate: certificate({ level: 'level3' }) }),
    outcome: 'rejected',
    failed: ['training-completed'],
  },
  {
    given: 'a 4th 职业培训补贴 in a year, one of them paid to a provider for 项目制, passes the yearly cap of 3',
    clause: 'one paid to an employer or provider for the person counts',
    input: training({ priorClaims: [prior(), prior(), prior({ kind: 'training', payee: 'provider' })] }),
    outcome: 'rejected',
    failed: ['yearly-cap-total'],
    claimableFrom: '2026-01-01',
  },
  {
    given: '职业培训补贴 for training completed inside an apprenticeship year already subsidised is refused',
    clause: 'an apprentice does not also receive other training subsidies',
    input: training({
      claim: { kind: 'training', claimedOn: '2025-06-01' },
      certificate: certificate({ issuedOn: '2025-05-20' }),
      completion: completion({ outcome: { completed: true, on: '2025-05-10' } }),
      priorClaims: [apprenticeYear1],
    }),
    outcome: 'rejected',
    failed: ['apprentice-exclusion'],
    claimableFrom: null,
  },
  {
    given: '新型学徒制补贴 advance once the agreement year began: half the yearly amount',
    clause: 'at least 4,000 yuan per apprentice per year',
    citedBy: 'amount',
    input: apprentice(),
    outcome: 'approved',
    amountFen: 200_000,
  },
  {
    given: '新型学徒制补贴 advance of year 2 before it begins is refused until its first day',
    clause: 'at least 4,000 yuan per apprentice per year',
    input: apprentice({ agreementYear: 2 }),
    outcome: 'rejected',
    failed: ['apprenticeship-year'],
    claimableFrom: '2026-03-01',
  },
  {
    given: 'the same agreement year advanced twice is refused',
    clause: 'per apprentice per year',
    input: claimInput({
      claim: { kind: 'apprenticeship', claimedOn: '2025-04-01' },
      certificate: null,
      apprenticeship: apprenticeship(),
      priorClaims: [apprenticeYear1],
    }),
    outcome: 'rejected',
    failed: ['apprentice-year-once'],
  },
  {
    given: 'an advance for a year after the apprenticeship was terminated is refused',
    clause: 'at least 4,000 yuan per apprentice per year',
    input: apprentice({ agreementYear: 2, terminatedOn: '2025-12-01' }, '2026-03-10'),
    outcome: 'rejected',
    failed: ['apprenticeship-year'],
    claimableFrom: null,
  },
  {
    given: 'the settlement before completion is refused',
    clause: 'at least 4,000 yuan per apprentice per year',
    input: claimInput({
      claim: { kind: 'apprenticeship', claimedOn: '2026-03-10' },
      certificate: certificate({ issuedOn: '2026-01-10' }),
      apprenticeship: apprenticeship({ stage: 'settlement' }),
    }),
    outcome: 'rejected',
    failed: ['apprenticeship-year'],
  },
  {
    given: 'the settlement without the certificate is refused',
    clause: 'a certificate obtained',
    input: apprentice({ stage: 'settlement', completedOn: '2027-02-28' }, '2027-03-10'),
    outcome: 'rejected',
    failed: ['certificate-holder', 'certificate-valid'],
  },
  {
    given: 'an apprenticeship year inside which the worker had 职业培训补贴 for training is refused (the other way)',
    clause: 'an apprentice does not also receive other training subsidies',
    input: claimInput({
      claim: { kind: 'apprenticeship', claimedOn: '2025-03-10' },
      certificate: null,
      apprenticeship: apprenticeship(),
      priorClaims: [
        prior({ kind: 'training', occupationCode: cook, period: { from: '2025-06-01', to: '2025-06-01' } }),
      ],
    }),
    outcome: 'rejected',
    failed: ['apprentice-exclusion'],
  },
  {
    given: '生活费补贴 for a worker of a group the allowance is for is referred for its amount',
    clause: 'amount: not retrieved for Sichuan',
    citedBy: 'amount',
    input: living(),
    outcome: 'referred',
  },
  {
    given: '生活费补贴 for a worker of no group the allowance is for is refused',
    clause: 'for 就业困难人员, 脱贫劳动者, 防止返贫监测对象 and "两后生"',
    input: living({ targetGroups: ['employee'] }),
    outcome: 'rejected',
    failed: ['target-group'],
  },
  {
    given: '生活费补贴 whose groups can no longer be read (the key erased) goes to a person',
    clause: 'for 就业困难人员',
    citedBy: 'target-group',
    input: living({ targetGroups: null }),
    outcome: 'referred',
  },
  {
    given: '生活费补贴 for a class not completed is refused',
    clause: 'subsidised training (补贴性) completed',
    input: living({ outcome: null }),
    outcome: 'rejected',
    failed: ['training-completed'],
  },
];

describe('职业培训补贴, 新型学徒制补贴 and 生活费补贴 on their training (docs/domain.md §7.8, §7.10)', () => {
  it.each(rows)('given $given — “$clause”', (row) => {
    const decision = judgeClaim(row.input);
    const failed = decision.checks.filter((c) => c.status === 'failed').map((c) => c.rule);
    expect(decision.outcome).toBe(row.outcome);
    expect(failed).toEqual(row.failed ?? []);
    const cited = decision.checks.find((c) => c.rule === (row.citedBy ?? row.failed?.[0]));
    expect(cited?.clause?.article ?? '').toContain(row.clause);
    if (row.amountFen !== undefined) expect(decision.amountFen).toBe(row.amountFen);
    if (row.claimableFrom !== undefined) expect(cited?.claimableFrom).toBe(row.claimableFrom);
  });

  it('never names a target group in the decision', () => {
    const text = JSON.stringify(judgeClaim(living()));
    expect(text).not.toContain('employment-difficulty');
  });
});
