import type { ApprenticeshipAgreedData, SealedName } from '@tianfu/contracts';
import type { ApprenticeshipEvent } from '../src/domain/apprenticeship.ts';
import type { AgreeApprenticeship } from '../src/domain/apprenticeship-agreement.ts';
import {
  apprenticeEligibilityRules,
  apprenticeshipDurationRules,
  apprenticeshipProviderKinds,
} from '../src/domain/apprenticeship-rule-data.ts';
import { creditCode, listedProvider } from './samples.ts';

/** 2025-03-01 10:00 China time. */
export const agreedAt = '2025-03-01T02:00:00.000Z';
const sealed = (n: string) =>
  `n1.00000000-0000-4000-8000-00000000000${n}.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.QUJD` as SealedName;

/** A two-year apprenticeship of 中式烹调师 at 四级 with 成都 restaurant group and the chef school. */
export const agreement = (extra: Partial<AgreeApprenticeship['data']> = {}): AgreeApprenticeship['data'] => ({
  apprenticeshipId: 'ap-2025-001',
  employer: { name: '成都蜀味餐饮集团有限公司', creditCode: creditCode('91510100MA6CUXR00'), regionCode: '510100' },
  providerId: 'cd-chef-school',
  workerId: 'a'.repeat(64) as AgreeApprenticeship['data']['workerId'],
  apprenticeName: sealed('1'),
  mentorName: sealed('2'),
  teacherName: sealed('3'),
  occupationCode: '4-03-02-01',
  targetLevel: 'level4',
  startsOn: '2025-03-01',
  plannedEndOn: '2027-02-28',
  agreedAt,
  ...extra,
});

export const agree = (
  extra: Partial<AgreeApprenticeship['data']> = {},
  command: Partial<Omit<AgreeApprenticeship, 'type' | 'data'>> = {},
): AgreeApprenticeship => ({
  type: 'AgreeApprenticeship',
  data: agreement(extra),
  provider: listedProvider(),
  standing: 'listed',
  offeredLevels: ['level5', 'level4', 'level3', 'level2', 'level1'],
  durationRules: apprenticeshipDurationRules,
  providerKinds: apprenticeshipProviderKinds,
  apprentice: { birthDate: { on: '2005-06-15', field: 'document.idNumber' }, activeApprenticeshipId: null },
  eligibilityRules: apprenticeEligibilityRules,
  ...command,
});

export const agreedData = (extra: Partial<AgreeApprenticeship['data']> = {}): ApprenticeshipAgreedData => {
  const [rule] = apprenticeshipDurationRules;
  if (rule === undefined) throw new Error('no duration rule');
  const { ruleId, minMonths, maxMonths, source, clause, confirmed } = rule;
  return {
    ...agreement(extra),
    providerKind: 'technical-school',
    durationRule: { ruleId, minMonths, maxMonths, source, clause, confirmed },
  };
};

export const agreed = (extra: Partial<AgreeApprenticeship['data']> = {}): ApprenticeshipEvent => ({
  type: 'training.ApprenticeshipAgreed',
  data: agreedData(extra),
});
