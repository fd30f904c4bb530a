import { randomUUID } from 'node:crypto';
import type { ClassFiledData, EventEnvelope, SealedTargetGroups } from '@tianfu/contracts';

/** One of training's events as its relay puts it on its topic. */
export const trainingEvent = (
  type: string,
  workerId: string | null,
  data: object,
  schemaVersion = 1,
): EventEnvelope => {
  const at = new Date().toISOString();
  return {
    eventId: randomUUID(),
    type,
    schemaVersion,
    streamId: `training-${randomUUID()}`,
    revision: 1,
    occurredAt: at,
    recordedAt: at,
    actor: { kind: 'user', id: 'training-office-1' },
    correlationId: randomUUID(),
    causationId: null,
    workerId,
    data,
  };
};

const key = `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`;
const sealedName = `n1.${key}.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA`;

/** A subsidised 四级 中式烹调师 class of the provider, its one sitting on 2026-03-14. */
export const classFiled = (classId: string, providerId: string, fields: Partial<ClassFiledData> = {}) =>
  trainingEvent('training.ClassFiled', null, {
    classId,
    providerId,
    name: `${classId} 中式烹调师培训班`,
    item: { kind: 'occupation', code: '4-03-02-01' },
    targetLevel: 'level4',
    kind: 'employment',
    deliveryModel: 'project',
    brand: null,
    sittings: [
      { sittingId: 's1', date: '2026-03-14', start: '09:00', end: '17:00', theoryHours: 4, practicalHours: 3 },
    ],
    capacity: 40,
    subsidised: true,
    filedAt: '2026-02-01T00:00:00.000Z',
    ...fields,
  });

export const enrolled = (
  classId: string,
  providerId: string,
  enrolmentId: string,
  workerId: string,
  groups: SealedTargetGroups,
) =>
  trainingEvent('training.TraineeEnrolled', workerId, {
    classId,
    providerId,
    enrolmentId,
    workerId,
    holderName: sealedName,
    targetGroups: groups,
    voucherId: null,
    enrolledAt: '2026-02-20T10:00:00+08:00',
  });

/** The trainee's outcome on 2026-03-20: completed with a 培训合格证书 number, or not. */
export const outcome = (
  classId: string,
  providerId: string,
  enrolmentId: string,
  workerId: string,
  completed: boolean,
) =>
  trainingEvent(completed ? 'training.TraineeCompleted' : 'training.TraineeNotCompleted', workerId, {
    classId,
    providerId,
    enrolmentId,
    workerId,
    attendedHours: completed ? 7 : 2,
    classHours: 7,
    completedOn: '2026-03-20',
    ...(completed ? { certificateNo: `${classId}-${enrolmentId}` } : {}),
  });

/** A two-year apprenticeship from 2026-03-01 with the employer, aimed at 四级 中式烹调师. */
export const apprenticeshipAgreed = (
  apprenticeshipId: string,
  workerId: string,
  creditCode: string,
  providerId: string,
) =>
  trainingEvent('training.ApprenticeshipAgreed', workerId, {
    apprenticeshipId,
    employer: { name: '成都川菜餐饮有限公司', creditCode, regionCode: '510100' },
    providerId,
    providerKind: 'technical-school',
    workerId,
    apprenticeName: sealedName,
    mentorName: sealedName,
    teacherName: sealedName,
    occupationCode: '4-03-02-01',
    targetLevel: 'level4',
    startsOn: '2026-03-01',
    plannedEndOn: '2028-02-28',
    durationRule: {
      ruleId: 'national-2021',
      minMonths: 12,
      maxMonths: 36,
      source: '人社部发〔2021〕39号',
      clause: '1 to 2 years',
      confirmed: false,
    },
    agreedAt: '2026-02-20T10:00:00+08:00',
  });
