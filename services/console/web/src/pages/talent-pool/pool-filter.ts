import type { Operation } from '@tianfu/api-client';
import { HonourCodeSchema, SichuanRegionCodeSchema, SkillLevelKeySchema } from '@tianfu/contracts/forms';
import { z } from 'zod';

export type PoolQuery = NonNullable<Operation<'career', '/v1/talent-pool', 'get'>['parameters']['query']>;

/** A filter the form keeps as one of the route's own values, or '' where it is not set. */
type Choice<K extends keyof PoolQuery> = NonNullable<PoolQuery[K]> | '';

/** The filter form's values: '' where a filter is not set. */
export interface PoolFilter {
  readonly occupation: string;
  readonly minLevel: Choice<'minLevel'>;
  readonly region: string;
  readonly industry: Choice<'industry'>;
  readonly honour: Choice<'honour'>;
  readonly medal: Choice<'medal'>;
  readonly certifiedFrom: string;
  readonly certifiedTo: string;
  readonly highSkill: boolean;
  /** Completed training (docs/domain.md §7.7): the class's occupation, kind, 专栏5 brand, completion dates. */
  readonly trainedOccupation: string;
  readonly trainingKind: Choice<'trainingKind'>;
  readonly trainingBrand: Choice<'trainingBrand'>;
  readonly trainedFrom: string;
  readonly trainedTo: string;
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
  trainedOccupation: '',
  trainingKind: '',
  trainingBrand: '',
  trainedFrom: '',
  trainedTo: '',
  sort: 'level',
});

const occupationCode = (rule: string) => z.union([z.literal(''), z.string().regex(/^\d(-\d{2}){0,3}$/, rule)]);
const date = (rule: string) => z.union([z.literal(''), z.iso.date(rule)]);
const ordered = (from: string, to: string) => from === '' || to === '' || from <= to;

/** What the form checks before asking, with the API's value schemas; the API names anything else. */
export const poolFilterSchema = (messages: { dateRule: string; dateOrder: string; occupationRule: string }) =>
  z
    .object({
      occupation: occupationCode(messages.occupationRule),
      minLevel: z.union([z.literal(''), SkillLevelKeySchema]),
      region: z.union([z.literal(''), SichuanRegionCodeSchema]),
      honour: z.union([z.literal(''), HonourCodeSchema]),
      certifiedFrom: date(messages.dateRule),
      certifiedTo: date(messages.dateRule),
      trainedOccupation: occupationCode(messages.occupationRule),
      trainedFrom: date(messages.dateRule),
      trainedTo: date(messages.dateRule),
    })
    .refine((f) => ordered(f.certifiedFrom, f.certifiedTo), { message: messages.dateOrder, path: ['certifiedFrom'] })
    .refine((f) => ordered(f.trainedFrom, f.trainedTo), { message: messages.dateOrder, path: ['trainedFrom'] });

/** The query a filter asks: only the filters that are set (openapi-fetch leaves out what is undefined). */
export function poolQuery(filter: PoolFilter): PoolQuery {
  const set = <T extends string>(value: T | '') => (value === '' ? undefined : value);
  return {
    occupation: set(filter.occupation),
    minLevel: set(filter.minLevel),
    region: set(filter.region),
    industry: set(filter.industry),
    honour: set(filter.honour),
    medal: set(filter.medal),
    certifiedFrom: set(filter.certifiedFrom),
    certifiedTo: set(filter.certifiedTo),
    highSkill: filter.highSkill ? 'true' : undefined,
    trainedOccupation: set(filter.trainedOccupation),
    trainingKind: set(filter.trainingKind),
    trainingBrand: set(filter.trainingBrand),
    trainedFrom: set(filter.trainedFrom),
    trainedTo: set(filter.trainedTo),
    sort: filter.sort,
  };
}
