import { usccCheckChar } from '@tianfu/contracts';
import { eventEnvelope } from './career-samples.ts';

/**
 * Training's apprenticeship events as its topic carries them (docs/domain.md §7.6), keyed by the
 * apprenticeship's stream as training appends them; the completion is career-samples' own.
 */
const sealed = (n: string) => `n1.00000000-0000-4000-8000-00000000000${n}.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.QUJD`;
const stream = (apprenticeshipId: string) => ({ streamId: `apprenticeship-${apprenticeshipId}` });

/** A 中式烹调师 四级 apprenticeship from `startsOn` to the end of the next year with 成都蜀味餐饮 and provider `providerId`. */
export const apprenticeshipAgreed = (
  workerId: string,
  apprenticeshipId: string,
  providerId: string,
  startsOn = '2025-01-01',
) =>
  eventEnvelope(
    'training.ApprenticeshipAgreed',
    null,
    {
      apprenticeshipId,
      employer: {
        name: '成都蜀味餐饮集团有限公司',
        creditCode: `91510100MA6CUXR00${usccCheckChar('91510100MA6CUXR00')}`,
        regionCode: '510100',
      },
      providerId,
      providerKind: 'technical-school',
      workerId,
      apprenticeName: sealed('1'),
      mentorName: sealed('2'),
      teacherName: sealed('3'),
      occupationCode: '4-03-02-01',
      targetLevel: 'level4',
      startsOn,
      plannedEndOn: `${Number(startsOn.slice(0, 4)) + 1}-12-31`,
      durationRule: {
        ruleId: 'cn-2021-apprenticeship-term',
        minMonths: 12,
        maxMonths: 36,
        source: '人社部发〔2021〕39号',
        clause: '1年到2年 ⚠',
        confirmed: false,
      },
      agreedAt: `${startsOn}T02:00:00.000Z`,
    },
    stream(apprenticeshipId),
  );

export const progressRecorded = (
  workerId: string,
  apprenticeshipId: string,
  progressId: string,
  on: string,
  hours: number,
) =>
  eventEnvelope(
    'training.ApprenticeshipProgressRecorded',
    null,
    {
      apprenticeshipId,
      workerId,
      progressId,
      on,
      stage: '岗位实操：热菜烹调',
      hours,
      recordedAt: `${on}T08:00:00.000Z`,
    },
    stream(apprenticeshipId),
  );

/** A termination (解除) as training writes it now (version 2, with its reason code), or as it once did (version 1). */
export const apprenticeshipTerminated = (
  workerId: string,
  apprenticeshipId: string,
  terminatedOn: string,
  version: 1 | 2 = 2,
) =>
  eventEnvelope(
    'training.ApprenticeshipTerminated',
    null,
    {
      apprenticeshipId,
      workerId,
      terminatedOn,
      reason: '学徒本人申请解除劳动合同',
      ...(version === 2 ? { reasonCode: 'apprentice-withdrew' } : {}),
      recordedAt: `${terminatedOn}T08:00:00.000Z`,
    },
    { ...stream(apprenticeshipId), schemaVersion: version },
  );
