import { z } from 'zod';
import { isSichuanRegion, RegionCodeSchema } from '../region-code.ts';
import { requiredParameters, SubsidyParametersSchema } from './rule-set-parameters.ts';
import { SubsidySourceSchema } from './subsidy-clause.ts';
import { SubsidyKindSchema } from './subsidy-kind.ts';

/** Sichuan's own code: a rule set of the province holds for every 市(州) without one of its own. */
export const sichuanProvinceCode = '510000';

/** Sichuan (510000) or one of its 21 市(州) (docs/domain.md §5.1). */
export const SubsidyRegionSchema = RegionCodeSchema.refine(
  (code) => code === sichuanProvinceCode || isSichuanRegion(code),
  {
    message: 'region is Sichuan (510000) or one of its 21 市(州) (docs/domain.md §5.1)',
  },
);

export const RuleSetIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and -, at most 64 characters');

/** Which date a claim is judged on: the certificate's 核发 date or the day of the claim. */
export const JudgedOnSchema = z.enum(['certificate-issued', 'claim-date'], {
  error: 'judgedOn is certificate-issued or claim-date (docs/domain.md §7.8)',
});
export type JudgedOn = z.output<typeof JudgedOnSchema>;

/** A rule set named by its id and version. */
export const RuleSetRefSchema = z.object({ ruleSetId: RuleSetIdSchema, version: z.number().int().min(1) });
export type RuleSetRef = z.output<typeof RuleSetRefSchema>;

/**
 * One version of a subsidy rule set (docs/domain.md §7.8): dated data for a region and the kinds it
 * governs, each parameter with its clause. In force from `effectiveFrom` up to, not including,
 * `effectiveTo` (the day a later version took over), or open while null.
 */
export const SubsidyRuleSetSchema = RuleSetRefSchema.extend({
  region: SubsidyRegionSchema,
  kinds: z
    .array(SubsidyKindSchema)
    .min(1)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'each kind once'),
  effectiveFrom: z.iso.date(),
  effectiveTo: z.iso.date().nullable(),
  publishedOn: z.iso.date(),
  judgedOn: JudgedOnSchema,
  source: SubsidySourceSchema,
  parameters: SubsidyParametersSchema,
}).superRefine((set, ctx) => {
  if (set.effectiveTo !== null && set.effectiveTo <= set.effectiveFrom) {
    ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'effectiveTo is after effectiveFrom' });
  }
  for (const kind of set.kinds) {
    for (const name of requiredParameters[kind]) {
      if (set.parameters[name] === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['parameters', name],
          message: `a rule set for ${kind} states ${name}, with its clause`,
        });
      }
    }
  }
});
export type SubsidyRuleSet = z.output<typeof SubsidyRuleSetSchema>;
export type SubsidyRuleSetInput = z.input<typeof SubsidyRuleSetSchema>;
