import { z } from 'zod';
import { SealedNameSchema } from '../../identity/sealed-name.ts';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { AppointedPostSchema } from '../../values/appointment-request.ts';
import { BodyFilingNoSchema } from '../../values/certificate-number/index.ts';
import { OccupationCodeSchema } from '../../values/occupation-code.ts';
import { ReasonSchema, text } from '../../values/text.ts';
import { defineEvent } from '../event-definition.ts';

const date = z.iso.date();

export const AppointmentBasisSchema = z.discriminatedUnion('basis', [
  z.object({ basis: z.literal('rule'), ruleId: text({ max: 50 }), summary: text({ min: 0, max: 500 }) }),
  z.object({
    basis: z.literal('override'),
    reason: ReasonSchema,
    summary: text({ min: 0, max: 500 }),
  }),
]);

/**
 * An enterprise (registered as an employer evaluation body) appoints a worker (企业自主评聘). A
 * 特级技师 appointment also gets its certificate from the certification service, in the
 * enterprise's name (docs/domain.md §3.2 number form). Kafka key: workerId.
 */
export const AppointmentMade = defineEvent({
  type: 'talent.AppointmentMade',
  schemaVersion: 1,
  schema: z.object({
    appointmentId: text({ max: 100 }),
    workerId: WorkerIdSchema,
    holderName: SealedNameSchema.nullable(),
    post: AppointedPostSchema,
    employer: z.object({ bodyId: text({ max: 100 }), filingNo: BodyFilingNoSchema, bodyName: text({ max: 200 }) }),
    occupationCode: OccupationCodeSchema,
    workType: text({ max: 100 }),
    termStart: date,
    termEnd: date.nullable(),
    eligibility: AppointmentBasisSchema,
    appointedAt: z.iso.datetime({ offset: true }),
  }),
});
export type AppointmentMadeData = z.output<typeof AppointmentMade.schema>;

export const AppointmentRenewed = defineEvent({
  type: 'talent.AppointmentRenewed',
  schemaVersion: 1,
  schema: z.object({
    appointmentId: text({ max: 100 }),
    workerId: WorkerIdSchema,
    termEnd: date.nullable(),
    at: z.iso.datetime({ offset: true }),
  }),
});
export type AppointmentRenewedData = z.output<typeof AppointmentRenewed.schema>;

export const AppointmentEnded = defineEvent({
  type: 'talent.AppointmentEnded',
  schemaVersion: 1,
  schema: z.object({
    appointmentId: text({ max: 100 }),
    workerId: WorkerIdSchema,
    endedOn: date,
    reason: ReasonSchema,
    at: z.iso.datetime({ offset: true }),
  }),
});
export type AppointmentEndedData = z.output<typeof AppointmentEnded.schema>;
