import { describe, expect, it } from 'vitest';
import { type CheckRule, type RuleValues, type WordingNames, wordCheck } from './rule-wording.ts';
import { ruleWordingsEn } from './rule-wording-en.ts';
import { ruleWordingsZh } from './rule-wording-zh.ts';
import type { RuleCheck } from './subsidy-types.ts';

const names: WordingNames = {
  level: (level) => `<${level}>`,
  kind: (kind) => `<${kind}>`,
  region: (code) => `<${code}>`,
  yuan: (fen) => `${fen / 100} 元`,
};
const checkOf = (rule: CheckRule, status: RuleCheck['status'], values?: RuleValues): RuleCheck => ({
  rule,
  status,
  clause: null,
  confirmed: true,
  explanation: `the judge's English for ${rule}`,
  claimableFrom: null,
  ...(values === undefined ? {} : { values }),
});
const apprenticeYear = {
  apprenticeshipId: 'ap-1',
  agreementYear: 2,
  stage: 'advance',
  periodFrom: '2026-03-01',
  periodTo: '2027-02-28',
} as const;
const cap = { kind: 'skill-upgrade', limit: 3, extraClaims: 0, counted: 3, countedForWorker: 1, year: 2025 } as const;

/** One check of each rule as the judge writes it (packages/subsidy-rules), with its values. */
const samples: Readonly<Record<CheckRule, readonly [RuleCheck['status'], RuleValues]>> = {
  'rule-set-in-force': [
    'passed',
    {
      judgedOn: '2025-01-10',
      judgedBy: 'certificate-issued',
      ruleSetId: 'sc-skill-upgrade',
      version: 2,
      region: '510000',
      effectiveFrom: '2025-05-01',
      effectiveTo: null,
    },
  ],
  'certificate-holder': ['failed', { certificateNo: 'S1' }],
  'certificate-valid': ['failed', { certificateNo: 'S1', certificateStatus: 'revoked' }],
  'claim-window': [
    'failed',
    { claimedOn: '2026-01-16', issuedOn: '2025-01-15', windowMonths: 12, windowLast: '2026-01-15' },
  ],
  'insured-long-enough': [
    'failed',
    {
      claimedOn: '2025-03-01',
      insuredYears: 1,
      insurance: 'insured',
      insuredSince: '2024-06-01',
      insuredComplete: '2025-05-31',
    },
  ],
  amount: [
    'passed',
    {
      kind: 'skill-upgrade',
      level: 'level4',
      baseFen: 150_000,
      upliftPercent: 20,
      shortageListId: 'l1',
      amountFen: 180_000,
    },
  ],
  'shortage-uplift': ['passed', { judgedOn: '2025-06-20', occupationCode: '6-18-02-04' }],
  'yearly-cap-kind': ['failed', cap],
  'yearly-cap-total': ['failed', { ...cap, kinds: ['skill-upgrade', 'training'] }],
  'same-level-once': ['passed', { occupationCode: '4-03-02-01', level: 'level4' }],
  'higher-level-blocks-lower': [
    'failed',
    {
      occupationCode: '4-03-02-01',
      level: 'level4',
      prior: { kind: 'training', occupationCode: '4-03-02-01', level: 'level3', countsInYear: 2024 },
    },
  ],
  'training-completed': [
    'passed',
    { classId: 'c-1', occupationCode: '4-03-02-01', level: 'level4', completedOn: '2025-05-30' },
  ],
  'target-group': ['failed', { problem: 'no-group-matches' }],
  'apprenticeship-year': ['failed', { ...apprenticeYear, problem: 'year-not-begun' }],
  'apprentice-year-once': ['passed', apprenticeYear],
  'apprentice-exclusion': [
    'failed',
    { kind: 'training', periodFrom: '2025-03-01', periodTo: '2025-05-30', problem: 'overlap' },
  ],
};

describe('a rule worded in the reader’s language from its values (docs/domain.md §7.8)', () => {
  it('words every rule in Chinese and in English, never falling back to the judge’s English', () => {
    for (const [rule, [status, values]] of Object.entries(samples) as [CheckRule, (typeof samples)[CheckRule]][]) {
      const zh = wordCheck(checkOf(rule, status, values), ruleWordingsZh, '未检查', names);
      const en = wordCheck(checkOf(rule, status, values), ruleWordingsEn, 'Not checked', names);
      expect({ rule, lang: zh.lang, cjk: /[\u4e00-\u9fff]/.test(zh.text) }).toEqual({ rule, lang: null, cjk: true });
      expect({ rule, lang: en.lang }).toEqual({ rule, lang: null });
    }
  });

  it('a 4th claim in a year: the cap, the year’s count and the claims an employer was paid for the worker', () => {
    const { text } = wordCheck(checkOf('yearly-cap-kind', 'failed', cap), ruleWordingsZh, '未检查', names);
    expect(text).toBe('<skill-upgrade>每人每年最多 3 次；2025 年已计 3 次（其中 1 次由用人单位或培训机构代领）');
  });

  it('day 366: the claim day after the window’s last day, in Chinese and in English', () => {
    const [status, values] = samples['claim-window'];
    expect(wordCheck(checkOf('claim-window', status, values), ruleWordingsZh, '', names).text).toBe(
      '申请日期 2026-01-16，已超过证书核发日期 2025-01-15 起 12 个月（截至 2026-01-15）',
    );
    expect(wordCheck(checkOf('claim-window', status, values), ruleWordingsEn, '', names).text).toBe(
      'Claimed on 2026-01-16, after 12 months of the issue on 2025-01-15 (until 2026-01-15)',
    );
  });

  it('an apprentice’s second year claimed early: the year, its days and why, in Chinese', () => {
    const [status, values] = samples['apprenticeship-year'];
    expect(wordCheck(checkOf('apprenticeship-year', status, values), ruleWordingsZh, '', names).text).toBe(
      '协议 ap-1 第 2 年（2026-03-01 至 2027-02-28）预支：该协议年度尚未开始',
    );
  });

  it('a decision recorded before checks carried values shows the judge’s English, marked as English', () => {
    expect(wordCheck(checkOf('amount', 'passed'), ruleWordingsZh, '未检查', names)).toEqual({
      text: "the judge's English for amount",
      lang: 'en',
    });
  });

  it('a rule not checked (no rule set in force) says so in the reader’s language', () => {
    expect(wordCheck(checkOf('amount', 'not-checked', {}), ruleWordingsZh, '未检查', names)).toEqual({
      text: '未检查',
      lang: null,
    });
  });
});
