import type { Operation } from '@tianfu/api-client';
import { HonourCodeSchema, SichuanRegionCodeSchema, SkillLevelKeySchema } from '@tianfu/contracts/forms';
import { z } from 'zod';

export type PoolQuery = NonNullable<Operation<'career', '/v1/talent-pool', 'get'>['parameters']['query']>;

/** The filter form's values: '' where a filter is not set. */
export interface PoolFilter {
  readonly occupation: string;
  readonly minLevel: string;
  readonly region: string;
  readonly industry: string;
  readonly honour: string;
  readonly medal: string;
  readonly certifiedFrom: string;
  readonly certifiedTo: string;
  readonly highSkill: boolean;
  readonly sort: 'level' | 'recent';
}

export const emptyFilter = (region = ''): PoolFilter => ({
  occupation: '',
  minLevel: '',
  region,
  industry: '',
  honour: '',
  medal: '',
  certifiedFrom: '',
  certifiedTo: '',
  highSkill: false,
  sort: 'level',
});

/** What the form checks before asking, with the API's value schemas; the API names anything else. */
export const poolFilterSchema = (messages: { dateRule: string; dateOrder: string; occupationRule: string }) =>
  z
    .object({
      occupation: z.union([z.literal(''), z.string().regex(/^\d(-\d{2}){0,3}$/, messages.occupationRule)]),
      minLevel: z.union([z.literal(''), SkillLevelKeySchema]),
      region: z.union([z.literal(''), SichuanRegionCodeSchema]),
      honour: z.union([z.literal(''), HonourCodeSchema]),
      certifiedFrom: z.union([z.literal(''), z.iso.date(messages.dateRule)]),
      certifiedTo: z.union([z.literal(''), z.iso.date(messages.dateRule)]),
    })
    .refine((f) => f.certifiedFrom === '' || f.certifiedTo === '' || f.certifiedFrom <= f.certifiedTo, {
      message: messages.dateOrder,
      path: ['certifiedFrom'],
    });

/** The query a filter asks: only the filters that are set. */
export function poolQuery(filter: PoolFilter): PoolQuery {
  const { highSkill, sort, ...rest } = filter;
  const set = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== ''));
  return { ...set, sort, ...(highSkill ? { highSkill: 'true' } : {}) } as PoolQuery;
}
