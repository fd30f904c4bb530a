import type { Sitting } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { trainingClass } from '../src/domain/training-class.ts';
import { at, classData, fileClass, listedProvider, sitting } from './samples.ts';

const spec = deciderSpec(trainingClass);
const filed = { type: 'training.ClassFiled' as const, data: classData() };
const refusedAt = (field: string, rule: string) => ({ errors: [expect.objectContaining({ field, rule })] });

describe('filing a class (docs/domain.md §7.1)', () => {
  it('given nothing, when a listed provider files a class for an item it may train, then it is filed once', () => {
    spec
      .given([])
      .when(fileClass())
      .thenEmits([{ ...filed, occurredAt: at }]);
    spec.given([filed]).when(fileClass()).thenThrows('CLASS_ALREADY_FILED');
  });

  it('when the provider is suspended, removed or unknown, then it is refused naming why', () => {
    spec
      .given([])
      .when(fileClass({}, { provider: listedProvider('suspended') }))
      .thenThrows('PROVIDER_SUSPENDED');
    spec
      .given([])
      .when(fileClass({}, { provider: listedProvider('removed') }))
      .thenThrows('PROVIDER_REMOVED');
    spec
      .given([])
      .when(fileClass({}, { provider: null }))
      .thenThrows('PROVIDER_NOT_FOUND');
  });

  it('when the item is not one the provider may train, or the catalogue retired it, then item.code is named', () => {
    const welding = { item: { kind: 'occupation' as const, code: '6-18-02-04' } };
    spec
      .given([])
      .when(fileClass(welding))
      .thenThrows('ITEM_NOT_PERMITTED', refusedAt('item.code', 'not_a_provider_item'));
    spec
      .given([])
      .when(fileClass({}, { standing: 'retired' }))
      .thenThrows('ITEM_NOT_IN_CATALOGUE', refusedAt('item.code', 'retired_in_catalogue'));
  });

  it('when the target level is not offered, or a 专项职业能力 item is given a level, then targetLevel is named', () => {
    spec
      .given([])
      .when(fileClass({ targetLevel: 'level1' }, { offeredLevels: ['level5', 'level4', 'level3'] }))
      .thenThrows('TARGET_LEVEL_NOT_OFFERED', refusedAt('targetLevel', 'level_not_offered'));
    const sichuanCuisine = { item: { kind: 'special-ability' as const, code: 'S51-0012' } };
    spec
      .given([])
      .when(fileClass({ ...sichuanCuisine, targetLevel: 'level4' }, { offeredLevels: null }))
      .thenThrows('TARGET_LEVEL_NOT_OFFERED', refusedAt('targetLevel', 'level_not_offered'));
    const untargeted = classData({ ...sichuanCuisine, targetLevel: null });
    spec
      .given([])
      .when(fileClass(untargeted, { offeredLevels: null }))
      .thenEmits([{ type: 'training.ClassFiled', data: untargeted, occurredAt: at }]);
  });
});

describe('a class’s sittings (docs/domain.md §7.1)', () => {
  const withSittings = (...sittings: ReturnType<typeof sitting>[]) => fileClass({ sittings });

  it('when a sitting has begun by the filing, then its date is named; one starting a minute later is fine', () => {
    // Filed 2025-03-01 10:00 China time.
    const started = sitting(1, { date: '2025-03-01', start: '10:00', end: '17:00' });
    spec
      .given([])
      .when(withSittings(started))
      .thenThrows('SITTINGS_INVALID', refusedAt('sittings.0.date', 'sitting_in_past'));
    const later = sitting(1, { date: '2025-03-01', start: '10:01', end: '17:00', practicalHours: 3 });
    expect(spec.given([]).when(withSittings(later)).emitted()).toHaveLength(1);
  });

  it('when a sitting ends before it starts or its hours do not fit, then that sitting is named', () => {
    spec
      .given([])
      .when(withSittings(sitting(1), sitting(2, { start: '14:00', end: '09:00' })))
      .thenThrows('SITTINGS_INVALID', refusedAt('sittings.1.end', 'ends_before_start'));
    spec
      .given([])
      .when(withSittings(sitting(1, { start: '09:00', end: '12:00', theoryHours: 2, practicalHours: 1.5 })))
      .thenThrows('SITTINGS_INVALID', refusedAt('sittings.0.theoryHours', 'hours_exceed_sitting'));
    spec
      .given([])
      .when(withSittings(sitting(1, { theoryHours: 0, practicalHours: 0 })))
      .thenThrows('SITTINGS_INVALID', refusedAt('sittings.0.theoryHours', 'no_hours'));
  });

  it('when two sittings share an id or overlap on one day, then the later one is named', () => {
    spec
      .given([])
      .when(withSittings(sitting(1), sitting(2, { sittingId: 's1' })))
      .thenThrows('SITTINGS_INVALID', refusedAt('sittings.1.sittingId', 'duplicate_sitting'));
    spec
      .given([])
      .when(
        withSittings(
          sitting(1),
          sitting(1, { sittingId: 'x', start: '16:00', end: '18:00', theoryHours: 2, practicalHours: 0 }),
        ),
      )
      .thenThrows('SITTINGS_INVALID', refusedAt('sittings.1.start', 'sittings_overlap'));
    const back = sitting(1, { sittingId: 'x', start: '17:00', end: '19:00', theoryHours: 2, practicalHours: 0 });
    expect(
      spec
        .given([])
        .when(withSittings(sitting(1), back))
        .emitted(),
    ).toHaveLength(1);
  });
});

describe('a class filed late by the training office (补录, docs/domain.md §7.1)', () => {
  const lateFiling = { reason: '2023 年纸质台账补录' };
  const ran = [sitting(1, { date: '2023-05-10' }), sitting(2, { date: '2023-05-11' })];

  it('given nothing, when the office records a class that already ran, then it is filed with its real dates and the reason', () => {
    const data = classData({ sittings: ran, lateFiling });
    spec
      .given([])
      .when(fileClass(data))
      .thenEmits([{ type: 'training.ClassFiled', data, occurredAt: at }]);
  });

  it('when a sitting of the late filing has not ended by the recording, then its date is named: never a future class', () => {
    // Recorded 2025-03-01 10:00 China time: a sitting that day until 17:00 is still running.
    const running = sitting(2, { date: '2025-03-01', start: '09:00', end: '17:00' });
    spec
      .given([])
      .when(fileClass(classData({ sittings: [ran[0] as Sitting, running], lateFiling })))
      .thenThrows('SITTINGS_INVALID', refusedAt('sittings.1.date', 'sitting_not_held'));
    spec
      .given([])
      .when(fileClass(classData({ sittings: [sitting(1)], lateFiling })))
      .thenThrows('SITTINGS_INVALID', refusedAt('sittings.0.date', 'sitting_not_held'));
  });

  it('when the late filing breaks another rule, then it is refused as a filing ahead would be', () => {
    spec
      .given([])
      .when(fileClass(classData({ sittings: ran, lateFiling }), { provider: listedProvider('suspended') }))
      .thenThrows('PROVIDER_SUSPENDED');
    const overlapping = [
      ran[0] as Sitting,
      sitting(1, {
        sittingId: 'x',
        date: '2023-05-10',
        start: '16:00',
        end: '18:00',
        theoryHours: 2,
        practicalHours: 0,
      }),
    ];
    spec
      .given([])
      .when(fileClass(classData({ sittings: overlapping, lateFiling })))
      .thenThrows('SITTINGS_INVALID', refusedAt('sittings.1.start', 'sittings_overlap'));
  });
});
