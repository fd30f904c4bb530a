import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import type { SignInEntry } from '../src/domain/attendance.ts';
import { classRoster } from '../src/domain/roster.ts';
import type { RosterEvent } from '../src/domain/roster-state.ts';
import { classId, enrolled, enrolmentIdOf, facts, naming, providerId, signedIn, workerOf } from './roster-fixtures.ts';

const spec = deciderSpec(classRoster);
/** The sign-ins are recorded at noon of the class's second day. */
const now = '2025-03-04T12:00:00+08:00';
const inS1 = '2025-03-03T09:05:00+08:00';
const line = (n: number, sittingId: string, signedAt: string, row = 1): SignInEntry => ({
  row,
  workerId: workerOf(n),
  sittingId,
  signedAt,
});
const signIn = (entries: SignInEntry[], sheetHash: string | null = null) =>
  ({
    type: 'SignIn',
    data: {
      byProviderId: providerId,
      entries,
      source: sheetHash ? 'sheet' : 'device',
      deviceId: sheetHash ? null : 'gate-1',
      sheetHash,
      at: now,
    },
    facts,
  }) as const;

describe('attendance as an append-only log (docs/domain.md §7.4)', () => {
  it('given an enrolled trainee, when the device signs them in during the sitting, then AttendanceSignedIn', () => {
    spec
      .given([enrolled(1)])
      .when(signIn([line(1, 's1', inS1)]))
      .thenEmits([
        {
          ...signedIn(1, 's1', inS1),
          data: { ...signedIn(1, 's1', inS1).data, recordedAt: now },
          workerId: workerOf(1),
          occurredAt: inS1,
        },
      ]);
  });

  it('when the sitting does not exist, then SITTING_NOT_FOUND on sittingId', () => {
    spec
      .given([enrolled(1)])
      .when(signIn([line(1, 's9', inS1)]))
      .thenThrows('SITTING_NOT_FOUND', naming('sittingId', 'sitting_exists'));
  });

  it('when the sign-in lies outside the sitting’s time, then SIGN_IN_OUTSIDE_SITTING on signedAt', () => {
    spec
      .given([enrolled(1)])
      .when(signIn([line(1, 's1', '2025-03-03T13:30:00+08:00')]))
      .thenThrows('SIGN_IN_OUTSIDE_SITTING', naming('signedAt', 'within_sitting'));
  });

  it('when the sign-in lies in the future, then SIGN_IN_IN_FUTURE', () => {
    spec
      .given([enrolled(1)])
      .when(signIn([line(1, 's2', '2025-03-04T12:30:00+08:00')]))
      .thenThrows('SIGN_IN_IN_FUTURE', naming('signedAt', 'not_in_future'));
  });

  it('when someone not enrolled signs in, then TRAINEE_NOT_ENROLLED', () => {
    spec
      .given([enrolled(1)])
      .when(signIn([line(2, 's1', inS1)]))
      .thenThrows('TRAINEE_NOT_ENROLLED', naming(undefined, 'enrolled_in_class'));
  });

  it('given a sign-in, when another comes for the same sitting, then ALREADY_SIGNED_IN; the very same one again is a no-op', () => {
    const given = [enrolled(1), signedIn(1, 's1', inS1)];
    spec
      .given(given)
      .when(signIn([line(1, 's1', '2025-03-03T10:00:00+08:00')]))
      .thenThrows('ALREADY_SIGNED_IN', naming(undefined, 'once_per_sitting'));
    spec
      .given(given)
      .when(signIn([line(1, 's1', '2025-03-03T01:05:00.000Z')]))
      .thenEmits([]);
  });

  it('given a provider sheet with bad rows, then each named by line and column, nothing applied', () => {
    spec
      .given([enrolled(1), enrolled(2)])
      .when(
        signIn(
          [
            line(1, 's1', inS1, 2),
            line(2, 's9', inS1, 3),
            line(2, 's1', inS1, 4),
            line(2, 's1', '2025-03-03T11:00:00+08:00', 5),
          ],
          'ef'.repeat(32),
        ),
      )
      .thenThrows('SHEET_ROWS_REJECTED', {
        problems: [
          expect.objectContaining({ row: 3, column: 'sittingId', rule: 'sitting_exists' }),
          expect.objectContaining({ row: 5, column: 'sittingId', rule: 'once_per_sitting' }),
        ],
      });
  });

  it('given a sign-in, when the provider corrects the hours with a reason, then AttendanceCorrected; more hours than the sitting are refused', () => {
    const given = [enrolled(1), signedIn(1, 's2', '2025-03-04T09:00:00+08:00')];
    const correct = (hours: number) =>
      ({
        type: 'CorrectAttendance',
        data: {
          byProviderId: providerId,
          workerId: workerOf(1),
          sittingId: 's2',
          hours,
          reason: 'left at 13:00',
          at: now,
        },
        facts,
      }) as const;
    const [event] = spec.given(given).when(correct(4)).emitted();
    expect(event).toMatchObject({
      type: 'training.AttendanceCorrected',
      data: { classId, enrolmentId: enrolmentIdOf(1), hours: 4 },
    });
    spec.given(given).when(correct(6.5)).thenThrows('HOURS_EXCEED_SITTING', naming('hours', 'within_sitting_hours'));
  });

  it('given a sign-in, when voided with a reason, then AttendanceVoided; a void with nothing to void is refused', () => {
    const voidIt = {
      type: 'VoidAttendance',
      data: {
        byProviderId: providerId,
        workerId: workerOf(1),
        sittingId: 's1',
        reason: '代签 found on video',
        at: now,
      },
      facts,
    } as const;
    const [voided] = spec
      .given([enrolled(1), signedIn(1, 's1', inS1)])
      .when(voidIt)
      .emitted();
    expect(voided).toMatchObject({
      type: 'training.AttendanceVoided',
      data: { sittingId: 's1', reason: '代签 found on video' },
    });
    spec
      .given([enrolled(1), signedIn(1, 's1', inS1), voided as RosterEvent])
      .when(voidIt)
      .thenThrows('ATTENDANCE_NOT_FOUND');
  });

  it('given another provider’s class, when this provider signs someone in, then CLASS_OF_OTHER_PROVIDER', () => {
    const command = signIn([line(1, 's1', inS1)]);
    spec
      .given([enrolled(1)])
      .when({ ...command, data: { ...command.data, byProviderId: 'prv-other' } })
      .thenThrows('CLASS_OF_OTHER_PROVIDER', naming('classId', 'own_class'));
  });
});
