import { z } from 'zod';
import { CertifiedLevelSchema } from '../certified-level.ts';
import { TrainingTargetGroupSchema } from '../training-target-group.ts';
import { FenSchema, ShareSchema } from './amounts.ts';
import { cited } from './subsidy-clause.ts';
import { type SubsidyKind, SubsidyKindSchema } from './subsidy-kind.ts';

const count = z.number().int('a count is a whole number').min(0, 'a count is never negative').max(100);

/**
 * The parameters of a subsidy rule set (docs/domain.md §7.8), each with its clause. A parameter a
 * rule set does not state is null; the kinds it governs say which it must state (`requiredFor`).
 * An amount of null for a level means the level is subsidised but its figure is not known (⚠): a
 * person decides it. A level left out is not subsidised under this rule set.
 */
export const SubsidyParametersSchema = z.object({
  amountsByLevel: cited(z.partialRecord(CertifiedLevelSchema, FenSchema.nullable())).nullable(),
  /** 急需紧缺: the amount raised by this percent when the occupation is on the shortage list. */
  shortageUpliftPercent: cited(z.number().int().min(0, 'an uplift is never negative').max(200)).nullable(),
  /**
   * At most this many claims of each kind it governs per person per calendar year: 生活费补贴's
   * once a year, 新型学徒制补贴's once per apprentice per year.
   */
  yearlyCapPerKind: cited(count.min(1, 'a yearly cap is at least 1')).nullable(),
  /** At most this many claims of these kinds together per person per calendar year. */
  yearlyCapTotal: cited(
    z.object({ claims: count.min(1, 'a yearly cap is at least 1'), kinds: z.array(SubsidyKindSchema).min(1) }),
  ).nullable(),
  /** 急需紧缺: this many claims a year beyond the cap per kind. */
  shortageExtraClaims: cited(count).nullable(),
  /** The same occupation (工种) at the same level is subsidised once, across every kind. */
  sameLevelOnce: cited(z.boolean()).nullable(),
  /** Once a higher level of an occupation was subsidised, a lower level of it is not. */
  higherLevelBlocksLower: cited(z.boolean()).nullable(),
  /** A claim within this many months of the certificate's issue date (docs/domain.md §7.8 counts them). */
  claimWindowMonths: cited(z.number().int().min(1, 'a window is at least 1 month').max(60)).nullable(),
  /** 技能提升补贴: insured in unemployment insurance at least this many years. */
  insuredYears: cited(z.number().min(0, 'insured years are never negative').max(30)).nullable(),
  /** 新型学徒制补贴: the amount per apprentice per year, null when its figure is not known. */
  apprenticeAmountPerYear: cited(FenSchema.nullable()).nullable(),
  /** 新型学徒制补贴: the share of the yearly amount advanced before settlement. */
  apprenticeAdvanceShare: cited(ShareSchema).nullable(),
  /** 生活费补贴: the amount of one allowance, null when its figure is not known. */
  livingAllowance: cited(FenSchema.nullable()).nullable(),
  /**
   * 生活费补贴: the target groups (as of enrolment, docs/domain.md §7.2) it is paid to. Absent from a
   * rule set published before it was a parameter, which reads as not stated.
   */
  /**
   * An apprentice receives no other training subsidy for a period 新型学徒制补贴 pays for, nor that
   * for a period another one paid (docs/domain.md §7.8). Absent from a rule set published before it
   * was a parameter, which reads as not stated.
   */
  apprenticeExclusive: cited(z.boolean()).nullable().default(null),
  livingAllowanceGroups: cited(z.array(TrainingTargetGroupSchema).min(1).max(14)).nullable().default(null),
});
export type SubsidyParameters = z.output<typeof SubsidyParametersSchema>;
export type SubsidyParameterName = keyof SubsidyParameters;

/** What a rule set governing a kind must state; the rest it may leave null. */
export const requiredParameters: Readonly<Record<SubsidyKind, readonly SubsidyParameterName[]>> = {
  'skill-upgrade': [
    'amountsByLevel',
    'yearlyCapPerKind',
    'sameLevelOnce',
    'higherLevelBlocksLower',
    'claimWindowMonths',
    'insuredYears',
  ],
  training: ['amountsByLevel', 'sameLevelOnce', 'higherLevelBlocksLower', 'claimWindowMonths'],
  apprenticeship: ['apprenticeAmountPerYear', 'apprenticeAdvanceShare', 'yearlyCapPerKind'],
  living: ['livingAllowance', 'livingAllowanceGroups', 'yearlyCapPerKind'],
};
