import { z } from 'zod';

/**
 * The trainee groups of 《四川省补贴性职业技能培训管理办法》 (川人社规〔2025〕11号, in force 2025-09-01;
 * docs/domain.md §7.2), as a worker declares them at enrolment. Sensitive personal data under PIPL:
 * they travel only sealed under the worker's key.
 */
export const trainingTargetGroups = [
  'employee', // 企业在岗职工
  'dispatched-or-platform', // 劳务派遣(外包)人员、平台网约劳动者
  'relapse-monitored', // 防止返贫监测对象
  'out-of-poverty', // 脱贫劳动者及其子女
  'employment-difficulty', // 就业困难人员
  'two-after', // "两后生"
  'rural-migrant', // 农村转移就业劳动者 (农民工 in the plan's 专栏1)
  'agricultural-talent', // 农业实用人才
  'registered-unemployed', // 城镇登记失业人员
  'veteran', // 退役军人
  'disabled', // 残疾人
  'graduate', // 高校毕业生
  'entrepreneur', // 有创业意愿的人员
  'other', // 其他人员
] as const;

export type TrainingTargetGroup = (typeof trainingTargetGroups)[number];

export const TrainingTargetGroupSchema = z.enum(trainingTargetGroups, {
  error: `a target group must be one of ${trainingTargetGroups.join(', ')} (docs/domain.md §7.2)`,
});

/** One to all of the groups, each once: what a trainee declares at enrolment. */
export const TrainingTargetGroupsSchema = z
  .array(TrainingTargetGroupSchema)
  .min(1, 'at least one target group (其他人员 is `other`) (docs/domain.md §7.2)')
  .max(trainingTargetGroups.length)
  .refine((groups) => new Set(groups).size === groups.length, 'each target group at most once');
