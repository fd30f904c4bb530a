import {
  type SubsidyKind,
  type SubsidyParameters,
  type SubsidyRuleSet,
  type SubsidyRuleSetInput,
  SubsidyRuleSetPublished,
  type SubsidyRuleSetPublishedData,
} from '@tianfu/contracts';
import { publishedInOrder } from './rule-set-registry.ts';
import { from, sources } from './sichuan-sources.ts';

/**
 * Sichuan's subsidy rule sets as dated data (docs/domain.md §7.8), published in this order through
 * the registry, so a version taking over from another closes it exactly as a published one would.
 * A figure not confirmed against its primary text is `confirmed: false` (⚠). Dates the sources do
 * not give are placeholders, each said so where it stands.
 */
const none = {
  amountsByLevel: null,
  shortageUpliftPercent: null,
  yearlyCapPerKind: null,
  yearlyCapTotal: null,
  shortageExtraClaims: null,
  sameLevelOnce: null,
  higherLevelBlocksLower: null,
  claimWindowMonths: null,
  insuredYears: null,
  apprenticeAmountPerYear: null,
  apprenticeAdvanceShare: null,
  livingAllowance: null,
  apprenticeExclusive: null,
  livingAllowanceGroups: null,
} satisfies SubsidyParameters;

// The national frame: an apprentice gets no other training subsidy for the apprenticeship period (⚠).
const apprenticeExclusive = from(
  'apprenticeship',
  'an apprentice does not also receive other training subsidies for the apprenticeship period (the national frame; not in the reports)',
  true,
  false,
);

// Together with 职业培训补贴, at most 3 a year (the national frame; Sichuan's own figure ⚠).
const totalCap = from(
  'nationalFrameShenzhen',
  'per person per calendar year, the training-related subsidies together at most 3; one paid to an employer or provider for the person counts',
  { claims: 3, kinds: ['skill-upgrade', 'training'] satisfies SubsidyKind[] },
  false,
);

const skillUpgrade2023 = {
  ...none,
  amountsByLevel: from(
    'skillUpgrade2023',
    '五级 1,000, 四级 1,500, 三级 2,000 yuan',
    { level5: 100_000, level4: 150_000, level3: 200_000 },
    true,
  ),
  yearlyCapPerKind: from('skillUpgrade2023', 'at most 3 a calendar year', 3, true),
  yearlyCapTotal: totalCap,
  apprenticeExclusive,
  sameLevelOnce: from('skillUpgrade2023', 'the same 职业(工种) at the same level once', true, true),
  higherLevelBlocksLower: from('skillUpgrade2023', 'after a higher level, no lower one', true, true),
  claimWindowMonths: from('skillUpgrade2023', "within 12 months of the certificate's 发证日期", 12, true),
  insuredYears: from(
    'skillUpgrade2023',
    'enterprise employees insured in unemployment insurance for at least 1 year',
    1,
    true,
  ),
} satisfies SubsidyParameters;

// The figures a 职业培训补贴 needs; Sichuan's articles on amounts and caps were not retrieved (⚠).
const trainingFrame = (source: 'training2020' | 'training2025') =>
  ({
    ...none,
    amountsByLevel: from(
      source,
      'amounts by level: not retrieved ⚠, so a person sets them',
      { level5: null, level4: null, level3: null, level2: null, level1: null },
      false,
    ),
    yearlyCapTotal: totalCap,
    apprenticeExclusive,
    sameLevelOnce: from('nationalFrameShenzhen', 'the same 工种 at the same level once across every kind', true, false),
    higherLevelBlocksLower: from(
      'nationalFrameZhejiang',
      'once a higher level was subsidised, not a lower one',
      true,
      false,
    ),
    claimWindowMonths: from('nationalFrameZhejiang', "within 12 months of the certificate's 核发 date", 12, false),
  }) satisfies SubsidyParameters;

const at = (day: string) => `${day}T00:00:00+08:00`;

const publications: readonly {
  ruleSet: SubsidyRuleSetInput;
  supersedes: { ruleSetId: string; version: number } | null;
}[] = [
  {
    ruleSet: {
      ruleSetId: 'sc-skill-upgrade',
      version: 1,
      region: '510000',
      kinds: ['skill-upgrade'],
      // Placeholder ⚠: the 2023 notice's own date was not retrieved; the platform's first subsidy year.
      effectiveFrom: '2023-01-01',
      effectiveTo: null,
      publishedOn: '2023-01-01',
      judgedOn: 'claim-date',
      source: sources.skillUpgrade2023,
      parameters: skillUpgrade2023,
    },
    supersedes: null,
  },
  {
    ruleSet: {
      ruleSetId: 'sc-skill-upgrade',
      version: 2,
      region: '510000',
      kinds: ['skill-upgrade'],
      // Placeholder ⚠: the national change's date of effect is not known, only its report of
      // 2025-05; the first day of the month after stands in for it until the notice is read.
      effectiveFrom: '2025-06-01',
      effectiveTo: null,
      publishedOn: '2025-06-01',
      judgedOn: 'claim-date',
      source: sources.national2025,
      parameters: {
        ...skillUpgrade2023,
        yearlyCapPerKind: from('national2025', 'once a calendar year (replacing at most 3)', 1, false),
        shortageExtraClaims: from(
          'national2025',
          'up to 2 more a year for 急需紧缺 occupations, where the province decides',
          2,
          false,
        ),
      },
    },
    supersedes: { ruleSetId: 'sc-skill-upgrade', version: 1 },
  },
  {
    ruleSet: {
      ruleSetId: 'sc-training',
      version: 1,
      region: '510000',
      kinds: ['training'],
      // Placeholder ⚠: the platform's first training day; the 2020 办法's own start is not confirmed.
      effectiveFrom: '2023-01-01',
      effectiveTo: null,
      publishedOn: '2023-01-01',
      judgedOn: 'certificate-issued',
      source: sources.training2020,
      parameters: trainingFrame('training2020'),
    },
    supersedes: null,
  },
  {
    ruleSet: {
      ruleSetId: 'sc-training',
      version: 2,
      region: '510000',
      kinds: ['training'],
      // In force 2025-09-01 for three years.
      effectiveFrom: '2025-09-01',
      effectiveTo: '2028-09-01',
      publishedOn: '2025-07-31',
      judgedOn: 'certificate-issued',
      source: sources.training2025,
      parameters: trainingFrame('training2025'),
    },
    supersedes: { ruleSetId: 'sc-training', version: 1 },
  },
  {
    ruleSet: {
      ruleSetId: 'sc-apprenticeship',
      version: 1,
      region: '510000',
      kinds: ['apprenticeship'],
      // Placeholder ⚠: the reports are of 2019 and 2020; the platform's first subsidy year.
      effectiveFrom: '2023-01-01',
      effectiveTo: null,
      publishedOn: '2023-01-01',
      judgedOn: 'claim-date',
      source: sources.apprenticeship,
      parameters: {
        ...none,
        apprenticeAmountPerYear: from(
          'apprenticeship',
          'at least 4,000 yuan per apprentice per year once the apprentice holds the certificate',
          400_000,
          false,
        ),
        apprenticeAdvanceShare: from(
          'apprenticeship',
          'part advanced, at most 50% (the national frame; not in the reports)',
          0.5,
          false,
        ),
        yearlyCapPerKind: from('apprenticeship', 'per apprentice per year', 1, false),
        yearlyCapTotal: totalCap,
        apprenticeExclusive,
      },
    },
    supersedes: null,
  },
  {
    ruleSet: {
      ruleSetId: 'sc-living',
      version: 1,
      region: '510000',
      kinds: ['living'],
      // Placeholder ⚠: the platform's first subsidy year.
      effectiveFrom: '2023-01-01',
      effectiveTo: null,
      publishedOn: '2023-01-01',
      judgedOn: 'claim-date',
      source: sources.nationalFrameShenzhen,
      parameters: {
        ...none,
        livingAllowance: from(
          'nationalFrameShenzhen',
          'amount: not retrieved for Sichuan ⚠, so a person sets it',
          null,
          false,
        ),
        yearlyCapPerKind: from('nationalFrameShenzhen', '生活费补贴 once per person per year', 1, false),
        apprenticeExclusive,
        // Sichuan's groups were not retrieved (⚠): those other provinces' notices commonly name.
        livingAllowanceGroups: from(
          'nationalFrameShenzhen',
          'for 就业困难人员, 脱贫劳动者, 防止返贫监测对象 and "两后生" (groups not retrieved for Sichuan ⚠)',
          ['employment-difficulty', 'out-of-poverty', 'relapse-monitored', 'two-after'],
          false,
        ),
      },
    },
    supersedes: null,
  },
];

/** The publications, parsed as their events are, with the day each was published. */
export const sichuanPublications: readonly SubsidyRuleSetPublishedData[] = publications.map((p) =>
  SubsidyRuleSetPublished.schema.parse({ ...p, publishedAt: at(p.ruleSet.publishedOn) }),
);

/** Every version after publishing them all: the table a claim is judged by. */
export const sichuanRuleSets: readonly SubsidyRuleSet[] = publishedInOrder(sichuanPublications).ruleSets;
