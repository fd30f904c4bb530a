import { type CompletionRule, CompletionRulesSchema, trainingKinds } from '@tianfu/contracts';

/**
 * The attendance share a trainee needs to complete a class (docs/domain.md §7.5), as dated rule
 * data. Sichuan's articles on attendance could not be retrieved (docs/domain.md §7.5), so every
 * share here is the common 80% ⚠, unconfirmed: confirming or correcting one is a data change, and a
 * 市(州) can add its own rule, which wins over the province's for its classes.
 */
const allKinds = trainingKinds.map((k) => k.code);

export const completionRules: readonly CompletionRule[] = CompletionRulesSchema.parse([
  {
    ruleId: 'sc-2020-68-attendance',
    kinds: allKinds,
    minAttendanceShare: 0.8,
    // The platform's first training day; the 2020 办法's own start is not confirmed ⚠.
    effectiveFrom: '2023-01-01',
    effectiveTo: '2025-08-31',
    region: '510000',
    source: '《四川省就业创业培训管理办法》 (川人社办发〔2020〕68号)',
    clause: 'attendance for completion ⚠ (not retrieved; the common 80%)',
    confirmed: false,
  },
  {
    ruleId: 'sc-2025-11-attendance',
    kinds: allKinds,
    minAttendanceShare: 0.8,
    effectiveFrom: '2025-09-01',
    // In force for 3 years.
    effectiveTo: '2028-08-31',
    region: '510000',
    source: '《四川省补贴性职业技能培训管理办法》 (川人社规〔2025〕11号)',
    clause: 'attendance for completion ⚠ (not retrieved; the common 80%)',
    confirmed: false,
  },
]);
