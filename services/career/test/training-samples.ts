import type { ClassFiledData, SealedTargetGroups } from '@tianfu/contracts';
import { eventEnvelope } from './career-samples.ts';

/**
 * Training's events as its topic carries them (docs/domain.md §7), for career's tests. Target
 * groups are sealed by the test's vault when a test opens them; otherwise any sealed form will do.
 */
const key = `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`;
const sealedForm = `g1.${key}.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA` as SealedTargetGroups;
const sealedName = `n1.${key}.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA`;

export const providerRegistered = (providerId: string, regionCode = '510100') =>
  eventEnvelope('training.ProviderRegistered', null, {
    providerId,
    kind: 'technical-school',
    name: `${providerId} 技师学院`,
    creditCode: '914403001922038216',
    regionCode,
    items: [{ kind: 'occupation', code: '4-03-02-01' }],
    registeredAt: '2023-01-01T00:00:00.000Z',
  });

export const classFiled = (classId: string, providerId: string, options: Partial<ClassFiledData> = {}) =>
  eventEnvelope('training.ClassFiled', null, {
    classId,
    providerId,
    name: `${classId} 中式烹调师培训班`,
    item: { kind: 'occupation', code: '4-03-02-01' },
    targetLevel: 'level4',
    kind: 'employment',
    deliveryModel: 'project',
    brand: 'sichuan-cuisine-chef',
    sittings: [
      { sittingId: 's1', date: '2024-03-02', start: '09:00', end: '17:00', theoryHours: 4, practicalHours: 3 },
      { sittingId: 's2', date: '2024-03-03', start: '09:00', end: '17:00', theoryHours: 2, practicalHours: 5 },
    ],
    capacity: 40,
    subsidised: true,
    filedAt: '2024-02-01T00:00:00.000Z',
    ...options,
  });

export const traineeEnrolled = (
  classId: string,
  providerId: string,
  enrolmentId: string,
  workerId: string,
  targetGroups: SealedTargetGroups = sealedForm,
) =>
  eventEnvelope('training.TraineeEnrolled', workerId, {
    classId,
    providerId,
    enrolmentId,
    workerId,
    holderName: sealedName,
    targetGroups,
    voucherId: null,
    enrolledAt: '2024-02-20T10:00:00+08:00',
  });

/** The trainee's outcome on 2024-03-04: completed with a 培训合格证书 number, or not (`certificateNo` null). */
export const traineeOutcome = (
  classId: string,
  providerId: string,
  enrolmentId: string,
  workerId: string,
  certificateNo: string | null,
  completedOn = '2024-03-04',
) =>
  eventEnvelope(certificateNo === null ? 'training.TraineeNotCompleted' : 'training.TraineeCompleted', workerId, {
    classId,
    providerId,
    enrolmentId,
    workerId,
    attendedHours: certificateNo === null ? 7 : 14,
    classHours: 14,
    completedOn,
    ...(certificateNo === null ? {} : { certificateNo }),
  });

export const classCompleted = (classId: string, providerId: string, completedOn = '2024-03-04') =>
  eventEnvelope('training.ClassCompleted', null, {
    classId,
    providerId,
    completedOn,
    rule: {
      ruleId: 'sc-2020-68',
      minAttendanceShare: 0.8,
      effectiveFrom: '2020-01-01',
      source: '川人社办发〔2020〕68号',
      clause: '⚠',
      confirmed: false,
    },
    completers: 1,
    nonCompleters: 1,
    completedAt: `${completedOn}T10:00:00+08:00`,
  });
