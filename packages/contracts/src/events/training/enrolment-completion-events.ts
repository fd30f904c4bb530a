import { z } from 'zod';
import { WorkerIdSchema } from '../../identity/worker-id.ts';
import { AppliedCompletionRuleSchema } from '../../values/completion-rule.ts';
import { defineEvent } from '../event-definition.ts';
import { calendarDate, classId, enrolmentId, HoursSchema, instant, providerId } from './enrolment-fields.ts';

const outcome = {
  classId,
  providerId,
  enrolmentId,
  workerId: WorkerIdSchema,
  attendedHours: HoursSchema,
  classHours: HoursSchema,
  completedOn: calendarDate,
};

/** A trainee attended enough of the class (docs/domain.md §7.5): the provider's 培训合格证书 number with it. */
export const TraineeCompleted = defineEvent({
  type: 'training.TraineeCompleted',
  schemaVersion: 1,
  schema: z.object({ ...outcome, certificateNo: z.string().min(1).max(120) }),
});
export type TraineeCompletedData = z.output<typeof TraineeCompleted.schema>;

export const TraineeNotCompleted = defineEvent({
  type: 'training.TraineeNotCompleted',
  schemaVersion: 1,
  schema: z.object(outcome),
});
export type TraineeNotCompletedData = z.output<typeof TraineeNotCompleted.schema>;

/** The class ended (结业) and every trainee's outcome was decided under the rule it names. */
export const ClassCompleted = defineEvent({
  type: 'training.ClassCompleted',
  schemaVersion: 1,
  schema: z.object({
    classId,
    providerId,
    completedOn: calendarDate,
    rule: AppliedCompletionRuleSchema,
    completers: z.number().int().min(0),
    nonCompleters: z.number().int().min(0),
    completedAt: instant,
  }),
});
export type ClassCompletedData = z.output<typeof ClassCompleted.schema>;
