import { InsuranceStandingSchema, WorkerIdSchema } from '@tianfu/contracts';
import { z } from 'zod';

export const InsuranceParamsSchema = z.object({ workerId: WorkerIdSchema });

const day = z.iso.date();

export const InsuranceQuerySchema = z.strictObject({
  asOf: day.optional().meta({ description: 'the day to judge, YYYY-MM-DD; today (China time) when absent' }),
  knownAt: z.iso
    .datetime({ offset: true })
    .optional()
    .meta({ description: 'read only what the platform had recorded by this instant; all it holds when absent' }),
});

const PeriodSchema = z.object({ insuredSince: z.string(), insuredUntil: z.string().nullable() });

export const InsuranceViewSchema = z.object({
  workerId: z.string(),
  asOf: z.string(),
  periods: z.array(PeriodSchema).meta({ description: 'the periods the registry reported, by insuredSince' }),
  standing: InsuranceStandingSchema.meta({
    description: 'unknown when the registry reported nothing for the worker: a claim that needs it goes to a person',
  }),
});

export const InsuranceReceiptSchema = z.object({
  importId: z.string(),
  rows: z.number().int(),
  workers: z.number().int(),
  recorded: z.number().int().meta({ description: 'rows new to the platform' }),
  unchanged: z.number().int().meta({ description: 'rows the platform already held as reported (a repeated import)' }),
});
