import type { CheckRule, Outcome } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { type ClaimInput, judgeClaim } from '../src/index.ts';
import {
  apprenticeship,
  certificate,
  claimInput,
  completion,
  cook,
  insuredSince,
  otherWorker,
  prior,
  welder,
} from './fixtures.ts';

/**
 * The questions every subsidy Q&A answers (docs/domain.md §7.8), one row each: the claim, the
 * clause the answer rests on, and the answer — outcome, the rules that failed, the rule set used,
 * the amount and, for a failed rule, when the claimant could claim instead.
 */
interface Row {
  readonly question: string;
  /** The clause the answer rests on, as the deciding rule cites it (its article). */
  readonly clause: string;
  readonly input: ClaimInput;
  readonly outcome: Outcome;
  readonly failed?: readonly CheckRule[];
  /** The rule whose clause the row cites; the first failed one unless said. */
  readonly citedBy?: CheckRule;
  readonly ruleSet?: string;
  readonly amountFen?: number | null;
  readonly claimableFrom?: string | null;
}

const thisYear = (n: number, fields: Parameters<typeof prior>[0] = {}) =>
  Array.from({ length: n }, () => prior(fields));
const issued = (issuedOn: string) => certificate({ issuedOn });

const rows: readonly Row[] = [
  {
    question: 'a 4th 技能提升补贴 in a year under the 2023 notice is refused until next year',
    clause: 'at most 3 a calendar year',
    input: claimInput({ priorClaims: thisYear(3) }),
    outcome: 'rejected',
    failed: ['yearly-cap-kind', 'yearly-cap-total'],
    ruleSet: 'sc-skill-upgrade v1',
    claimableFrom: '2026-01-01',
  },
  {
    question: 'a 3rd 技能提升补贴 in a year under the 2023 notice is approved',
    clause: 'at most 3 a calendar year',
    citedBy: 'yearly-cap-kind',
    input: claimInput({ priorClaims: thisYear(2) }),
    outcome: 'approved',
    ruleSet: 'sc-skill-upgrade v1',
    amountFen: 150_000,
  },
  {
    question: 'a 2nd 技能提升补贴 in a year under the 2025 national change is refused until next year',
    clause: 'once a calendar year',
    input: claimInput({
      claim: { claimedOn: '2025-07-01' },
      certificate: issued('2025-06-20'),
      priorClaims: thisYear(1),
    }),
    outcome: 'rejected',
    failed: ['yearly-cap-kind'],
    ruleSet: 'sc-skill-upgrade v2',
    claimableFrom: '2026-01-01',
  },
  {
    question: 'a 2nd 技能提升补贴 in a year under the 2025 change is approved for a 急需紧缺 occupation',
    clause: 'up to 2 more a year for 急需紧缺 occupations',
    citedBy: 'yearly-cap-kind',
    input: claimInput({
      claim: { claimedOn: '2025-07-01' },
      certificate: certificate({ issuedOn: '2025-06-20', occupationCode: welder }),
      priorClaims: thisYear(1),
    }),
    outcome: 'approved',
    ruleSet: 'sc-skill-upgrade v2',
    amountFen: 150_000,
  },
  {
    question: 'a 4th for a 急需紧缺 occupation under the 2025 change is refused (1 + 2 used)',
    clause: 'up to 2 more a year for 急需紧缺 occupations',
    input: claimInput({
      claim: { claimedOn: '2025-07-01' },
      certificate: certificate({ issuedOn: '2025-06-20', occupationCode: welder }),
      priorClaims: thisYear(3),
    }),
    outcome: 'rejected',
    failed: ['yearly-cap-kind', 'yearly-cap-total'],
    claimableFrom: '2026-01-01',
  },
  {
    question: 'the same 工种 and level twice across two kinds: refused for good',
    clause: 'the same 职业(工种) at the same level once',
    input: claimInput({
      priorClaims: [prior({ kind: 'training', occupationCode: cook, level: 'level4', countsInYear: 2024 })],
    }),
    outcome: 'rejected',
    failed: ['same-level-once'],
    claimableFrom: null,
  },
  {
    question: '四级 after 三级 of the same 工种: refused for good',
    clause: 'after a higher level, no lower one',
    input: claimInput({ priorClaims: [prior({ occupationCode: cook, level: 'level3', countsInYear: 2024 })] }),
    outcome: 'rejected',
    failed: ['higher-level-blocks-lower'],
    claimableFrom: null,
  },
  {
    question: '三级 after 四级 of the same 工种 is approved at 三级’s amount',
    clause: '五级 1,000, 四级 1,500, 三级 2,000 yuan',
    citedBy: 'amount',
    input: claimInput({
      certificate: certificate({ level: 'level3' }),
      priorClaims: [prior({ occupationCode: cook, level: 'level4', countsInYear: 2024 })],
    }),
    outcome: 'approved',
    amountFen: 200_000,
  },
  {
    question: 'day 365 after a certificate of 2025-01-15 is the window’s last day: approved',
    clause: "within 12 months of the certificate's 发证日期",
    citedBy: 'claim-window',
    input: claimInput({ claim: { claimedOn: '2026-01-15' }, certificate: issued('2025-01-15') }),
    outcome: 'approved',
    ruleSet: 'sc-skill-upgrade v2',
  },
  {
    question: 'day 366 after a certificate of 2025-01-15 is too late, for good',
    clause: "within 12 months of the certificate's 发证日期",
    input: claimInput({ claim: { claimedOn: '2026-01-16' }, certificate: issued('2025-01-15') }),
    outcome: 'rejected',
    failed: ['claim-window'],
    claimableFrom: null,
  },
  {
    question: 'across a 29 February the window’s last day is day 366: approved',
    clause: "within 12 months of the certificate's 发证日期",
    citedBy: 'claim-window',
    input: claimInput({ claim: { claimedOn: '2024-03-01' }, certificate: issued('2023-03-01') }),
    outcome: 'approved',
  },
  {
    question: 'a certificate of 29 February 2024 may be claimed for until 28 February 2025, not 1 March',
    clause: "within 12 months of the certificate's 发证日期",
    input: claimInput({ claim: { claimedOn: '2025-03-01' }, certificate: issued('2024-02-29') }),
    outcome: 'rejected',
    failed: ['claim-window'],
  },
  {
    question: 'a 2nd claim on the day before the 2025 change is judged by the 2023 notice: approved',
    clause: 'at most 3 a calendar year',
    citedBy: 'yearly-cap-kind',
    input: claimInput({ claim: { claimedOn: '2025-05-31' }, priorClaims: thisYear(1) }),
    outcome: 'approved',
    ruleSet: 'sc-skill-upgrade v1',
  },
  {
    question: 'the same 2nd claim on the change date is judged by the 2025 change: refused',
    clause: 'once a calendar year',
    input: claimInput({ claim: { claimedOn: '2025-06-01' }, priorClaims: thisYear(1) }),
    outcome: 'rejected',
    failed: ['yearly-cap-kind'],
    ruleSet: 'sc-skill-upgrade v2',
  },
  {
    question: '职业培训补贴 for a certificate of 2025-08-31 is judged by the 2020 办法 (amount set by a person)',
    clause: 'amounts by level: not retrieved',
    citedBy: 'amount',
    input: claimInput({
      claim: { kind: 'training', claimedOn: '2025-10-01' },
      certificate: issued('2025-08-31'),
      completion: completion({ outcome: { completed: true, on: '2025-08-20' } }),
    }),
    outcome: 'referred',
    ruleSet: 'sc-training v1',
    amountFen: null,
  },
  {
    question: '职业培训补贴 for a certificate of 2025-09-01 is judged by the 2025 办法',
    clause: 'amounts by level: not retrieved',
    citedBy: 'amount',
    input: claimInput({
      claim: { kind: 'training', claimedOn: '2025-10-01' },
      certificate: issued('2025-09-01'),
      completion: completion({ outcome: { completed: true, on: '2025-08-20' } }),
    }),
    outcome: 'referred',
    ruleSet: 'sc-training v2',
  },
  {
    question: 'a subsidy paid to the employer for the worker counts toward the worker’s yearly cap',
    clause: 'one paid to an employer or provider for the person counts',
    input: claimInput({ priorClaims: [...thisYear(2), prior({ kind: 'training', payee: 'employer' })] }),
    outcome: 'rejected',
    failed: ['yearly-cap-total'],
    claimableFrom: '2026-01-01',
  },
  {
    question: 'a revoked certificate is never subsidised',
    clause: 'a valid certificate',
    input: claimInput({ certificate: certificate({ status: 'revoked' }) }),
    outcome: 'rejected',
    failed: ['certificate-valid'],
    claimableFrom: null,
  },
  {
    question: 'another person’s certificate is refused',
    clause: 'the subsidy is for the person who obtained the certificate',
    input: claimInput({ certificate: certificate({ holderWorkerId: otherWorker }) }),
    outcome: 'rejected',
    failed: ['certificate-holder'],
    claimableFrom: null,
  },
  {
    question: 'insured 11 months and 30 days: refused until the year is complete',
    clause: 'insured in unemployment insurance for at least 1 year',
    input: claimInput({ claim: { claimedOn: '2025-03-09' }, insurance: insuredSince('2024-03-10') }),
    outcome: 'rejected',
    failed: ['insured-long-enough'],
    claimableFrom: '2025-03-10',
  },
  {
    question: 'insured 12 months: approved',
    clause: 'insured in unemployment insurance for at least 1 year',
    citedBy: 'insured-long-enough',
    input: claimInput({ claim: { claimedOn: '2025-03-10' }, insurance: insuredSince('2024-03-10') }),
    outcome: 'approved',
  },
  {
    question: 'insurance not known to the platform: referred to a person, amount computed',
    clause: 'insured in unemployment insurance for at least 1 year',
    citedBy: 'insured-long-enough',
    input: claimInput({ insurance: { status: 'unknown' } }),
    outcome: 'referred',
    amountFen: 150_000,
  },
  {
    question: 'not insured on the claim date (insured before, stopped): refused, no date to claim instead',
    clause: 'insured in unemployment insurance for at least 1 year',
    input: claimInput({ insurance: { status: 'not-insured', lastInsuredUntil: '2024-12-31' } }),
    outcome: 'rejected',
    failed: ['insured-long-enough'],
    claimableFrom: null,
  },
  {
    question: 'a 急需紧缺 occupation in 成都 gets 成都’s uplift: 1,500 + 20%',
    clause: '急需紧缺 +20%',
    citedBy: 'shortage-uplift',
    input: claimInput({
      claim: { claimedOn: '2025-07-01', region: '510104' },
      certificate: certificate({ issuedOn: '2025-06-20', occupationCode: welder }),
    }),
    outcome: 'approved',
    ruleSet: 'test-chengdu-skill-upgrade v1',
    amountFen: 180_000,
  },
  {
    question: 'a 成都 claimant is judged by 成都’s own rule set, a 绵阳 one by the province’s',
    clause: 'once a calendar year',
    citedBy: 'yearly-cap-kind',
    input: claimInput({ claim: { claimedOn: '2025-07-01', region: '510703' }, certificate: issued('2025-06-20') }),
    outcome: 'approved',
    ruleSet: 'sc-skill-upgrade v2',
    amountFen: 150_000,
  },
  {
    question: '二级 is not a level the 技能提升补贴 pays for',
    clause: '五级 1,000, 四级 1,500, 三级 2,000 yuan',
    input: claimInput({ certificate: certificate({ level: 'level2' }) }),
    outcome: 'rejected',
    failed: ['amount'],
  },
  {
    question:
      '新型学徒制补贴 settled for an apprentice holding the certificate: the yearly amount less the half advanced',
    clause: 'at least 4,000 yuan per apprentice per year',
    citedBy: 'amount',
    input: claimInput({
      claim: { kind: 'apprenticeship', claimedOn: '2027-03-10' },
      certificate: issued('2027-01-10'),
      apprenticeship: apprenticeship({ stage: 'settlement', completedOn: '2027-02-28' }),
    }),
    outcome: 'approved',
    ruleSet: 'sc-apprenticeship v1',
    amountFen: 200_000,
  },
  {
    question: 'a 2nd 生活费补贴 in a year is refused until next year',
    clause: '生活费补贴 once per person per year',
    input: claimInput({
      claim: { kind: 'living' },
      certificate: null,
      completion: completion(),
      priorClaims: [prior({ kind: 'living', occupationCode: null, level: null })],
    }),
    outcome: 'rejected',
    failed: ['yearly-cap-kind'],
    claimableFrom: '2026-01-01',
  },
  {
    question: 'a claim before any rule set took effect is refused, naming none',
    clause: '',
    input: claimInput({ claim: { claimedOn: '2022-06-01' }, certificate: issued('2022-05-01') }),
    outcome: 'rejected',
    failed: ['rule-set-in-force'],
    ruleSet: 'none',
  },
];

describe('the published Q&A cases, each answered with its clause (docs/domain.md §7.8)', () => {
  it.each(rows)('§7.8 $question — “$clause”', (row) => {
    const decision = judgeClaim(row.input);
    const failed = decision.checks.filter((c) => c.status === 'failed').map((c) => c.rule);
    expect(decision.outcome).toBe(row.outcome);
    expect(failed).toEqual(row.failed ?? []);
    const cited = decision.checks.find((c) => c.rule === (row.citedBy ?? row.failed?.[0]));
    expect(cited?.clause?.article ?? '').toContain(row.clause);
    if (row.ruleSet !== undefined) {
      const used = decision.ruleSet === null ? 'none' : `${decision.ruleSet.ruleSetId} v${decision.ruleSet.version}`;
      expect(used).toBe(row.ruleSet);
    }
    if (row.amountFen !== undefined) expect(decision.amountFen).toBe(row.amountFen);
    if (row.claimableFrom !== undefined) expect(cited?.claimableFrom).toBe(row.claimableFrom);
  });
});
