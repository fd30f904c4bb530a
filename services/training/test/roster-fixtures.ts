import {
  type CompletionRule,
  type SealedName,
  SealedNameSchema,
  type SealedTargetGroups,
  SealedTargetGroupsSchema,
} from '@tianfu/contracts';
import { expect } from 'vitest';
import type { ClassFacts } from '../src/domain/class-facts.ts';
import type { Enrolment } from '../src/domain/enrolment.ts';
import type { RosterEvent } from '../src/domain/roster-state.ts';

export const workerOf = (n: number): string => n.toString(16).padStart(64, '0');
const keyOf = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
/** Worker n's name and target groups as sealed under a key: the deciders carry them, only the vault opens them. */
export const holderNameOf = (n: number): SealedName =>
  SealedNameSchema.parse(`n1.${keyOf(n)}.${'A'.repeat(16)}.${'B'.repeat(22)}.5byg5LiJ`);
export const groupsOf = (n: number): SealedTargetGroups =>
  SealedTargetGroupsSchema.parse(`g1.${keyOf(n)}.${'C'.repeat(16)}.${'D'.repeat(22)}.cnVyYWw`);

export const classId = 'cls-cd-chef-2025-1';
export const providerId = 'prv-cd-tech-school';
/** Enrolment happens on 2025-03-01 (China time); the class runs two sittings on 3 and 4 March. */
export const at = '2025-03-01T02:00:00.000Z';

/** A listed provider's filed 川菜 class in 成都: two sittings of 4 and 6 hours, room for 3. */
export const facts: ClassFacts = {
  classId,
  providerId,
  providerStanding: 'listed',
  kind: 'employment',
  regionCode: '510100',
  capacity: 3,
  lateFiled: false,
  sittings: [
    { sittingId: 's1', startsAt: '2025-03-03T09:00:00+08:00', endsAt: '2025-03-03T13:00:00+08:00', hours: 4 },
    { sittingId: 's2', startsAt: '2025-03-04T09:00:00+08:00', endsAt: '2025-03-04T17:00:00+08:00', hours: 6 },
  ],
};

export const entry = (n: number, row = 1): Enrolment => ({
  row,
  workerId: workerOf(n),
  holderName: holderNameOf(n),
  targetGroups: groupsOf(n),
  voucher: null,
});

export const enrolmentIdOf = (n: number): string => String(n).padStart(5, '0');

/** Worker n enrolled as the n-th trainee. */
export const enrolled = (n: number): RosterEvent => ({
  type: 'training.TraineeEnrolled',
  data: {
    classId,
    providerId,
    enrolmentId: enrolmentIdOf(n),
    workerId: workerOf(n),
    holderName: holderNameOf(n),
    targetGroups: groupsOf(n),
    voucherId: null,
    enrolledAt: at,
  },
});

export const signedIn = (n: number, sittingId: string, signedAt: string): RosterEvent => ({
  type: 'training.AttendanceSignedIn',
  data: {
    classId,
    sittingId,
    enrolmentId: enrolmentIdOf(n),
    workerId: workerOf(n),
    signedAt,
    source: 'device',
    deviceId: 'gate-1',
    recordedAt: signedAt,
  },
});

/** The default share as rule data: 80% ⚠ province-wide from the 2025 办法's day in force (docs/domain.md §7.5). */
export const provinceRule: CompletionRule = {
  ruleId: 'sc-2025-attendance',
  kinds: ['employment', 'upskilling', 'entrepreneurship', 'safety', 'apprenticeship'],
  minAttendanceShare: 0.8,
  effectiveFrom: '2025-01-01',
  effectiveTo: null,
  region: '510000',
  source: '《四川省补贴性职业技能培训管理办法》 (川人社规〔2025〕11号)',
  clause: 'attendance ⚠ (default, not confirmed)',
  confirmed: false,
};

/** The details of a refusal that names its field (when given) and rule, as problem+json carries them. */
export const naming = (field: string | undefined, rule?: string) => ({
  errors: [
    expect.objectContaining({ ...(field === undefined ? {} : { field }), ...(rule === undefined ? {} : { rule }) }),
  ],
});
