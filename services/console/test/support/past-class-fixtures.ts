import { csvUpload, ok } from '@tianfu/api-client';
import type { DemoPerson, Platform } from '@tianfu/demo';
import { cook } from './training-fixtures.ts';

/** A trainee of a class that already ran, and the sittings they attended. */
export interface PastTrainee {
  readonly person: DemoPerson;
  readonly attended: readonly string[];
}

const dayAfter = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A day of 2025 of this run's own (a Monday to Thursday of its first 49 weeks), so classes of other
 * runs on the same platform seldom end on it; its class runs that day and the next.
 */
export function pastClassDay(key: string): string {
  let hash = 0;
  for (const c of key) hash = (hash * 31 + c.charCodeAt(0)) % 245;
  return dayAfter('2025-01-06', Math.floor(hash / 5) * 7 + (hash % 4));
}

/**
 * A 川菜师傅 class of 中式烹调师 (就业技能培训) that ran on `day` and the day after — s1 of 4 hours,
 * s2 of 6 — recorded late by the training office (补录, docs/domain.md §7.1) with its roster: each
 * trainee enrolled the week before, signed in at the sittings they attended, and completed or not
 * by the attendance share.
 */
export async function pastClassWithRoster(
  platform: Platform,
  {
    providerId,
    classId,
    day,
    trainees,
  }: { providerId: string; classId: string; day: string; trainees: readonly PastTrainee[] },
): Promise<void> {
  const { training } = platform.trainingOffice;
  const next = dayAfter(day, 1);
  const body = {
    classId,
    name: `川菜师傅 中式烹调师（四级）${classId}`,
    item: { ...cook },
    targetLevel: 'level4' as const,
    kind: 'employment' as const,
    deliveryModel: 'project' as const,
    brand: 'sichuan-cuisine-chef' as const,
    sittings: [
      { sittingId: 's1', date: day, start: '09:00', end: '13:00', theoryHours: 2, practicalHours: 2 },
      { sittingId: 's2', date: next, start: '09:00', end: '17:00', theoryHours: 2, practicalHours: 4 },
    ],
    capacity: 10,
    subsidised: true,
    reason: '纸质台账补录',
  };
  await ok(training.POST('/v1/providers/{providerId}/past-classes', { params: { path: { providerId } }, body }));
  const enrolledOn = dayAfter(day, -7);
  const sheet = [
    '证件号码,姓名,人员类别,报名日期,出勤课次',
    ...trainees.map(
      (t) => `${t.person.document.idNumber},${t.person.name},农民工,${enrolledOn},${t.attended.join(';')}`,
    ),
  ].join('\r\n');
  const path = { params: { path: { classId } } };
  await ok(training.POST('/v1/classes/{classId}/past-roster.csv', { ...path, ...csvUpload(`${sheet}\r\n`) }));
}
