import { residentIdNumber } from '@tianfu/testing';

const chinaNow = (): Date => new Date(Date.now() + 8 * 3_600_000);
const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The bench's provider: a 技工院校 in 成都 that may train 中式烹调师 (in the test catalogue). */
export const providerBody = (providerId: string, creditCode: string) => ({
  providerId,
  kind: 'technical-school',
  name: '基准测试技工学校',
  creditCode,
  regionCode: '510100',
  items: [{ kind: 'occupation', code: '4-03-02-01' }],
});

const classOf = (classId: string, capacity: number, sittings: object[]) => ({
  classId,
  name: `基准测试班 ${classId}`,
  item: { kind: 'occupation', code: '4-03-02-01' },
  targetLevel: 'level4',
  kind: 'employment',
  deliveryModel: 'project',
  brand: null,
  sittings,
  capacity,
  subsidised: true,
});

/** A class of next week, for the enrolment sheet. */
export const nextWeeksClass = (classId: string, capacity: number) =>
  classOf(classId, capacity, [
    { sittingId: 'd1', date: inDays(7), start: '09:00', end: '17:00', theoryHours: 3, practicalHours: 4 },
  ]);

/**
 * A class of one sitting starting in two minutes (China time) and lasting an hour: filed ahead, and
 * signed into once it has begun. Refused when the hour would cross China's midnight.
 */
export function startingSoon(classId: string, capacity: number) {
  const now = chinaNow();
  const start = now.getUTCHours() * 60 + now.getUTCMinutes() + 2;
  if (start + 60 >= 24 * 60) throw new Error('a sitting of an hour would cross midnight, China time: run it later');
  const date = now.toISOString().slice(0, 10);
  const sitting = {
    sittingId: 's1',
    date,
    start: hhmm(start),
    end: hhmm(start + 60),
    theoryHours: 1,
    practicalHours: 0,
  };
  return { body: classOf(classId, capacity, [sitting]), startsAt: `${date}T${hhmm(start)}:00+08:00` };
}

export const idOf = (i: number): string => residentIdNumber(i, '510104');

/** An enrolment sheet of workers `from` … `from + count - 1`, one in three a 农民工. */
export const enrolmentSheet = (from: number, count: number): string =>
  ['证件号码,姓名,人员类别']
    .concat(
      Array.from(
        { length: count },
        (_, i) => `${idOf(from + i)},学员${from + i},${i % 3 === 0 ? '农民工' : '企业在岗职工'}`,
      ),
    )
    .join('\n');

/** A sign-in sheet of the same workers at the sitting's start. */
export const signInSheet = (from: number, count: number, signedAt: string): string =>
  ['证件号码,课次,签到时间']
    .concat(Array.from({ length: count }, (_, i) => `${idOf(from + i)},s1,${signedAt}`))
    .join('\n');
