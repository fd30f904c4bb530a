import { residentIdNumber } from '@tianfu/testing';
import { creditCode } from './samples.ts';

/** An agreement's request body: a two-year 中式烹调师 四级 apprenticeship at a 成都 restaurant group. */
export const apprenticeshipBody = (apprenticeshipId: string, providerId: string, extra: object = {}) => ({
  apprenticeshipId,
  employer: { name: '成都蜀味餐饮集团有限公司', creditCode: creditCode('91510100MA6CUXR00'), regionCode: '510100' },
  providerId,
  document: { idType: 'resident-id-card', idNumber: residentIdNumber(7) },
  name: '李小川',
  mentorName: '王大厨',
  teacherName: '陈老师',
  occupationCode: '4-03-02-01',
  targetLevel: 'level4',
  startsOn: '2025-01-01',
  plannedEndOn: '2026-12-31',
  ...extra,
});
