import { randomUUID } from 'node:crypto';
import type { EventEnvelope, SealedName } from '@tianfu/contracts';

/**
 * Training's events as its topic carries them (docs/domain.md §7), for assessment's tests: a class
 * of 电工 at 五级 (新型学徒制 unless told), its trainees and its completion.
 */
const envelope = (type: string, workerId: string | null, data: object): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  streamId: `s-${randomUUID()}`,
  revision: 1,
  occurredAt: '2025-05-30T10:00:00.000Z',
  recordedAt: '2025-05-30T10:00:00.000Z',
  actor: { kind: 'service', id: 'training-test' },
  correlationId: randomUUID(),
  causationId: null,
  workerId,
  data,
});

export const classFiled = (classId: string, kind = 'apprenticeship', targetLevel = 'level5') =>
  envelope('training.ClassFiled', null, {
    classId,
    providerId: 'P-0042',
    name: `${classId} 电工培训班`,
    item: { kind: 'occupation', code: '6-31-01-03' },
    targetLevel,
    kind,
    deliveryModel: 'order',
    brand: null,
    sittings: [
      { sittingId: 's1', date: '2025-05-28', start: '09:00', end: '17:00', theoryHours: 4, practicalHours: 3 },
      { sittingId: 's2', date: '2025-05-29', start: '09:00', end: '17:00', theoryHours: 2, practicalHours: 5 },
    ],
    capacity: 40,
    subsidised: true,
    filedAt: '2025-05-01T00:00:00.000Z',
  });

export const traineeEnrolled = (classId: string, enrolmentId: string, workerId: string, holderName: SealedName) =>
  envelope('training.TraineeEnrolled', workerId, {
    classId,
    providerId: 'P-0042',
    enrolmentId,
    workerId,
    holderName,
    targetGroups: `g1.${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA`,
    voucherId: null,
    enrolledAt: '2025-05-20T10:00:00+08:00',
  });

/** Completed with the provider's 培训合格证书, or not when `certificateNo` is null. */
export const traineeOutcome = (classId: string, enrolmentId: string, workerId: string, certificateNo: string | null) =>
  envelope(certificateNo === null ? 'training.TraineeNotCompleted' : 'training.TraineeCompleted', workerId, {
    classId,
    providerId: 'P-0042',
    enrolmentId,
    workerId,
    attendedHours: certificateNo === null ? 7 : 14,
    classHours: 14,
    completedOn: '2025-05-30',
    ...(certificateNo === null ? {} : { certificateNo }),
  });

export const classCompleted = (classId: string, completers: number, nonCompleters: number) =>
  envelope('training.ClassCompleted', null, {
    classId,
    providerId: 'P-0042',
    completedOn: '2025-05-30',
    rule: {
      ruleId: 'sc-2020-68',
      minAttendanceShare: 0.8,
      effectiveFrom: '2020-01-01',
      source: '川人社办发〔2020〕68号',
      clause: '⚠',
      confirmed: false,
    },
    completers,
    nonCompleters,
    completedAt: '2025-05-30T10:00:00+08:00',
  });
