import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { defineEvent } from '../event-definition.ts';

/**
 * A period of 失业保险 the social-insurance registry reported for a worker (docs/domain.md §7.9): the
 * platform holds it as reported, keyed by its insuredSince; a later report of the same insuredSince
 * replaces it (an end reported once the insurance stopped). No ID number: the worker is their workerId.
 */
export const InsurancePeriodRecorded = defineEvent({
  type: 'subsidy.InsurancePeriodRecorded',
  schemaVersion: 1,
  schema: z.object({
    workerId: WorkerIdSchema,
    insuredSince: z.iso.date(),
    insuredUntil: z.iso.date().nullable(),
    /** The import that reported it: one id for all the rows of one sheet or request. */
    importId: z.uuid(),
    recordedAt: z.iso.datetime({ offset: true }),
  }),
});
export type InsurancePeriodRecordedData = z.output<typeof InsurancePeriodRecorded.schema>;
