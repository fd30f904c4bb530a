import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import type { ClassFacts } from '../src/domain/class-facts.ts';
import type { Enrolment, EnrolTrainees } from '../src/domain/enrolment.ts';
import { classRoster } from '../src/domain/roster.ts';
import { at, classId, enrolled, entry, facts, naming, providerId } from './roster-fixtures.ts';

const spec = deciderSpec(classRoster);
const hash = 'ab'.repeat(32);
const enrol = (
  entries: Enrolment[],
  over: Partial<ClassFacts> = {},
  sheetHash: string | null = null,
): EnrolTrainees => ({
  type: 'EnrolTrainees',
  data: { byProviderId: providerId, entries, sheetHash, at },
  facts: { ...facts, ...over },
});

describe('实名制 enrolment in a class (docs/domain.md §7.2)', () => {
  it('given an empty class, when a worker enrols, then trainee 00001 with name and target groups sealed', () => {
    spec
      .given([])
      .when(enrol([entry(1)]))
      .thenEmits([{ ...enrolled(1), workerId: entry(1).workerId, occurredAt: at }]);
  });

  it('given the worker is already enrolled, when they enrol again, then TRAINEE_ALREADY_ENROLLED on idNumber', () => {
    spec
      .given([enrolled(1)])
      .when(enrol([entry(1)]))
      .thenThrows('TRAINEE_ALREADY_ENROLLED', naming('idNumber', 'once_per_class'));
  });

  it('given a full class, when one more enrols, then CLASS_FULL naming the capacity rule', () => {
    spec
      .given([enrolled(1), enrolled(2), enrolled(3)])
      .when(enrol([entry(4)]))
      .thenThrows('CLASS_FULL', naming('classId', 'capacity'));
  });

  it('given no class of that id is filed, when a worker enrols, then CLASS_NOT_FILED on classId', () => {
    spec
      .given([])
      .when({ ...enrol([entry(1)]), facts: null })
      .thenThrows('CLASS_NOT_FILED', naming('classId', 'class_filed'));
  });

  it('given the training office enrols, then any provider’s class takes the worker', () => {
    const byOffice = enrol([entry(1)]);
    const events = spec
      .given([])
      .when({ ...byOffice, data: { ...byOffice.data, byProviderId: null } })
      .emitted();
    expect(events).toHaveLength(1);
  });

  it('given a suspended or removed provider, when a worker enrols, then PROVIDER_SUSPENDED or PROVIDER_REMOVED naming providerId, as class filing answers', () => {
    const codes = { suspended: 'PROVIDER_SUSPENDED', removed: 'PROVIDER_REMOVED' } as const;
    for (const providerStanding of ['suspended', 'removed'] as const) {
      spec
        .given([])
        .when(enrol([entry(1)], { providerStanding }))
        .thenThrows(codes[providerStanding], naming('providerId', 'listed_provider'));
    }
  });

  it('given a class of another provider, when this provider enrols in it, then CLASS_OF_OTHER_PROVIDER', () => {
    spec
      .given([])
      .when(enrol([entry(1)], { providerId: 'prv-other' }))
      .thenThrows('CLASS_OF_OTHER_PROVIDER', naming(undefined, 'own_class'));
  });

  it('given a class whose last sitting has passed, when a worker enrols, then CLASS_FINISHED; a running class still takes them', () => {
    const endingOn = (day: string) => ({
      sittings: [{ sittingId: 's1', startsAt: '2025-02-01T09:00:00+08:00', endsAt: `${day}T17:00:00+08:00`, hours: 8 }],
    });
    spec
      .given([])
      .when(enrol([entry(1)], endingOn('2025-02-28')))
      .thenThrows('CLASS_FINISHED', naming(undefined, 'class_not_finished'));
    expect(
      spec
        .given([])
        .when(enrol([entry(1)], endingOn('2025-03-01')))
        .emitted(),
    ).toHaveLength(1);
  });

  it('given a sheet with a repeated worker, when uploaded, then every bad row named by line and nothing applied', () => {
    spec
      .given([])
      .when(enrol([entry(1, 2), entry(2, 3), entry(1, 4)], {}, hash))
      .thenThrows('SHEET_ROWS_REJECTED', {
        problems: [expect.objectContaining({ row: 4, column: 'idNumber', rule: 'once_per_class' })],
      });
  });

  it('given a sheet accepted once, when the same file comes again, then nothing new', () => {
    const accepted = spec
      .given([])
      .when(enrol([entry(1, 2), entry(2, 3)], {}, hash))
      .emitted();
    expect(accepted.map((e) => (e as { type: string }).type)).toEqual([
      'training.TraineeEnrolled',
      'training.TraineeEnrolled',
      'training.RosterSheetAccepted',
    ]);
    const sheetEvent = {
      type: 'training.RosterSheetAccepted',
      data: { classId, kind: 'enrolments', fileHash: hash, rows: 2, acceptedAt: at },
    } as const;
    spec
      .given([enrolled(1), enrolled(2), sheetEvent])
      .when(enrol([entry(1, 2), entry(2, 3)], {}, hash))
      .thenEmits([]);
  });
});
