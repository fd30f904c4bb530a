import { z } from 'zod';

const day = z.iso.date();

/**
 * A worker's unemployment insurance on a day, as the social-insurance registry reported it
 * (docs/domain.md §7.9): a run of insured periods covering the day, none covering it, or nothing
 * known of the worker.
 */
export const InsuranceStandingSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('insured'), since: day, until: day.nullable() }),
  z.object({ status: z.literal('not-insured'), lastInsuredUntil: day.nullable() }),
  z.object({ status: z.literal('unknown') }),
]);
export type InsuranceStanding = z.output<typeof InsuranceStandingSchema>;
