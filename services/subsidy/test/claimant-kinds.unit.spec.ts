import { type ClaimBasis, certificateOnlyBasis, type SubsidyClaimDecidedData } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { type ApprenticeshipFacts, type CompletionFacts, sichuanRuleSets } from '@tianfu/subsidy-rules';
import { describe, expect, it } from 'vitest';
import { claimIdOf } from '../src/domain/claim-id.ts';
import { type ClaimFacts, claimant, type DecideClaim } from '../src/domain/claimant.ts';
import type { ClaimantEvent } from '../src/domain/claimant-state.ts';

const spec = deciderSpec(claimant);
const workerId = 'c'.repeat(64);
const employerCode = '91510100MA61R2XK3T';
const cook = '4-03-02-01';

const completion = (fields: Partial<CompletionFacts> = {}): CompletionFacts => ({
  classId: 'class-1',
  providerId: 'prov-1',
  occupationCode: cook,
  targetLevel: 'level4',
  subsidised: true,
  deliveryModel: 'project',
  outcome: { completed: true, on: '2025-05-10' },
  targetGroups: ['employment-difficulty'],
  ...fields,
});

const apprenticeship = (fields: Partial<ApprenticeshipFacts> = {}): ApprenticeshipFacts => ({
  apprenticeshipId: 'app-1',
  agreementYear: 1,
  stage: 'advance',
  employerCode,
  occupationCode: cook,
  targetLevel: 'level4',
  startsOn: '2025-03-01',
  plannedEndOn: '2026-02-28',
  completedOn: null,
  terminatedOn: null,
  ...fields,
});

const facts = (fields: Partial<ClaimFacts> = {}): ClaimFacts => ({
  certificate: null,
  insurance: { status: 'unknown' },
  ruleSets: sichuanRuleSets,
  shortageLists: [],
  ...fields,
});

type Basis = Omit<ClaimBasis, 'period'>;
const { period: _, ...noBasis } = certificateOnlyBasis;

function command(
  kind: DecideClaim['data']['kind'],
  claimedOn: string,
  claimFacts: ClaimFacts,
  basis: Basis,
): DecideClaim {
  const payee = kind === 'apprenticeship' ? 'employer' : basis.providerId === null ? 'worker' : 'provider';
  const claimId = claimIdOf({
    workerId,
    kind,
    certificateNo: claimFacts.certificate?.certificateNo ?? null,
    claimedOn,
    basis,
  });
  const at = `${claimedOn}T02:00:00.000Z`;
  return {
    type: 'DecideClaim',
    data: { claimId, workerId, kind, region: '510100', payee, basis, claimedOn, at, facts: claimFacts },
  };
}

const advance = (year = 1, claimedOn = '2025-03-10') =>
  command('apprenticeship', claimedOn, facts({ apprenticeship: apprenticeship({ agreementYear: year }) }), {
    ...noBasis,
    apprenticeshipId: 'app-1',
    agreementYear: year,
    stage: 'advance',
    employerCode,
  });
const projectTraining = (on = '2025-05-10') =>
  command(
    'training',
    '2025-06-01',
    facts({
      certificate: {
        certificateNo: 'C-1',
        holderWorkerId: workerId,
        occupationCode: cook,
        level: 'level4',
        issuedOn: '2025-05-20',
        status: 'valid',
      },
      completion: completion({ outcome: { completed: true, on } }),
    }),
    { ...noBasis, classId: 'class-1', providerId: 'prov-1' },
  );
const livingAllowance = () =>
  command('living', '2025-06-01', facts({ completion: completion({ deliveryModel: 'order' }) }), {
    ...noBasis,
    classId: 'class-1',
  });

function decidedBy(cmd: DecideClaim, before: readonly ClaimantEvent[] = []) {
  const [event] = spec.given(before).when(cmd).emitted() as {
    type: 'subsidy.ClaimDecided';
    data: SubsidyClaimDecidedData;
  }[];
  if (event === undefined) throw new Error('the claim was not decided');
  return { type: event.type, data: event.data } as const;
}

describe('the other kinds on a worker’s claims (docs/domain.md §7.10)', () => {
  it('given nothing, when the employer claims year 1’s advance, then it is decided for the employer with its year, stage and period', () => {
    const { data } = decidedBy(advance());
    expect(data.payee).toBe('employer');
    expect(data.decision.amountFen).toBe(200_000);
    expect(data.basis).toMatchObject({ apprenticeshipId: 'app-1', agreementYear: 1, stage: 'advance', employerCode });
    expect(data.basis.period).toEqual({ from: '2025-03-01', to: '2026-02-28' });
  });

  it('given year 1 advanced, when it is advanced again on another day, then it is refused naming agreementYear', () => {
    spec
      .given([decidedBy(advance())])
      .when(advance(1, '2025-04-01'))
      .thenThrows('CLAIM_REJECTED', {
        errors: [expect.objectContaining({ field: 'agreementYear', rule: 'apprentice_year_once' })],
      });
  });

  it('given a 项目制 职业培训补贴 paid to the provider, then it records the provider and the day trained', () => {
    const { data } = decidedBy(projectTraining());
    expect(data.payee).toBe('provider');
    expect(data.basis).toMatchObject({
      classId: 'class-1',
      providerId: 'prov-1',
      period: { from: '2025-05-10', to: '2025-05-10' },
    });
  });

  it('given an apprenticeship year advanced, when 职业培训补贴 is claimed for training inside it, then it is refused (the apprentice rule)', () => {
    spec
      .given([decidedBy(advance())])
      .when(projectTraining())
      .thenThrows('CLAIM_REJECTED', { errors: [expect.objectContaining({ rule: 'apprentice_exclusion' })] });
  });

  it('given 职业培训补贴 for training inside the year, when the year is advanced, then it is refused (the other way)', () => {
    spec
      .given([decidedBy(projectTraining())])
      .when(advance())
      .thenThrows('CLAIM_REJECTED', { errors: [expect.objectContaining({ rule: 'apprentice_exclusion' })] });
  });

  it('given training outside the year, when the year is advanced, then it is decided', () => {
    expect(decidedBy(advance(), [decidedBy(projectTraining('2025-02-20'))]).data.decision.outcome).toBe('approved');
  });

  it('given one 生活费补贴 this year, when another is claimed, then the yearly cap refuses it naming kind', () => {
    spec
      .given([decidedBy(livingAllowance())])
      .when(
        command('living', '2025-07-01', facts({ completion: completion({ classId: 'class-2' }) }), {
          ...noBasis,
          classId: 'class-2',
        }),
      )
      .thenThrows('CLAIM_REJECTED', { errors: [expect.objectContaining({ field: 'kind', rule: 'yearly_cap_kind' })] });
  });

  it('given nothing, when 生活费补贴 is claimed, then the decision names no target group', () => {
    const { data } = decidedBy(livingAllowance());
    expect(data.decision.outcome).toBe('referred');
    expect(JSON.stringify(data)).not.toContain('employment-difficulty');
  });
});
