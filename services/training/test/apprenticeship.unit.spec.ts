import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { type ApprenticeshipCommand, type ApprenticeshipEvent, apprenticeship } from '../src/domain/apprenticeship.ts';
import { agree, agreed, agreedAt, agreedData, agreement } from './apprenticeship-samples.ts';
import { listedProvider } from './samples.ts';

const spec = deciderSpec(apprenticeship);
const id = 'ap-2025-001';
const workerId = agreement().workerId;
/** 2027-03-05 10:00 China time: after the planned end. */
const later = '2027-03-05T02:00:00.000Z';

const progress = (progressId: string, on: string, hours = 120, recordedAt = later): ApprenticeshipCommand => ({
  type: 'RecordProgress',
  apprenticeshipId: id,
  data: { progressId, on, stage: '岗位实操：热菜烹调', hours, recordedAt },
});
const progressed = (progressId: string, on: string, hours = 120): ApprenticeshipEvent => ({
  type: 'training.ApprenticeshipProgressRecorded',
  data: { apprenticeshipId: id, workerId, progressId, on, stage: '岗位实操：热菜烹调', hours, recordedAt: later },
});
const complete = (completedOn: string, reason: string | null = null, recordedAt = later): ApprenticeshipCommand => ({
  type: 'CompleteApprenticeship',
  apprenticeshipId: id,
  data: { completedOn, reason, recordedAt },
});
const terminate = (terminatedOn: string, recordedAt = later): ApprenticeshipCommand => ({
  type: 'TerminateApprenticeship',
  apprenticeshipId: id,
  data: { terminatedOn, reason: '学徒解除劳动合同', reasonCode: 'labour-contract-ended', recordedAt },
});
const completedEvent = (
  completedOn: string,
  totalHours: number,
  reason: string | null = null,
): ApprenticeshipEvent => ({
  type: 'training.ApprenticeshipCompleted',
  data: {
    apprenticeshipId: id,
    workerId,
    apprenticeName: agreement().apprenticeName,
    providerId: 'cd-chef-school',
    employerName: '成都蜀味餐饮集团有限公司',
    employerRegionCode: '510100',
    occupationCode: '4-03-02-01',
    targetLevel: 'level4',
    startsOn: '2025-03-01',
    completedOn,
    totalHours,
    reason,
    recordedAt: later,
  },
});

describe('agreeing an apprenticeship (docs/domain.md §7.6)', () => {
  it('given nothing, when a listed 技工院校 agrees a two-year term, then it is agreed with the duration rule it was judged by; twice is refused', () => {
    spec
      .given([])
      .when(agree())
      .thenEmits([{ ...agreed(), occurredAt: agreedAt }]);
    expect(agreedData().durationRule).toMatchObject({ minMonths: 12, maxMonths: 36, confirmed: false });
    spec.given([agreed()]).when(agree()).thenThrows('APPRENTICESHIP_ALREADY_AGREED');
  });

  it('when the provider is a 线上培训平台 or a 公共实训基地, then it is refused naming providerId and the rule', () => {
    for (const kind of ['online-platform', 'public-training-base'] as const) {
      spec
        .given([])
        .when(agree({}, { provider: { ...listedProvider(), kind } }))
        .thenThrows('PROVIDER_KIND_NOT_PERMITTED', {
          errors: [expect.objectContaining({ field: 'providerId', rule: 'provider_kind_not_for_apprenticeship' })],
        });
    }
  });

  it('when the provider is suspended, removed or unknown, then it is refused saying which', () => {
    spec
      .given([])
      .when(agree({}, { provider: listedProvider('suspended') }))
      .thenThrows('PROVIDER_SUSPENDED');
    spec
      .given([])
      .when(agree({}, { provider: listedProvider('removed') }))
      .thenThrows('PROVIDER_REMOVED');
    spec
      .given([])
      .when(agree({}, { provider: null }))
      .thenThrows('PROVIDER_NOT_FOUND');
  });

  it('when the occupation is not the provider’s, not in the catalogue, or its standard lacks the level, then the field is named', () => {
    const field = (name: string, rule: string) => ({ errors: [expect.objectContaining({ field: name, rule })] });
    spec
      .given([])
      .when(agree({ occupationCode: '6-18-02-04' }))
      .thenThrows('ITEM_NOT_PERMITTED', field('occupationCode', 'not_a_provider_item'));
    spec
      .given([])
      .when(agree({}, { standing: 'retired' }))
      .thenThrows('ITEM_NOT_IN_CATALOGUE', field('occupationCode', 'retired_in_catalogue'));
    spec
      .given([])
      .when(agree({ targetLevel: 'level2' }, { offeredLevels: ['level5', 'level4', 'level3'] }))
      .thenThrows('TARGET_LEVEL_NOT_OFFERED', field('targetLevel', 'level_not_offered'));
  });

  it('when the planned term is under a year or over three, then plannedEndOn is refused with the rule’s source; one to three years pass', () => {
    const refusal = {
      errors: [
        expect.objectContaining({
          field: 'plannedEndOn',
          rule: 'term_out_of_range',
          message: expect.stringContaining('人社部发〔2021〕39号'),
        }),
      ],
    };
    spec
      .given([])
      .when(agree({ plannedEndOn: '2026-02-27' }))
      .thenThrows('APPRENTICESHIP_TERM_INVALID', refusal);
    spec
      .given([])
      .when(agree({ plannedEndOn: '2028-03-01' }))
      .thenThrows('APPRENTICESHIP_TERM_INVALID', refusal);
    for (const plannedEndOn of ['2026-02-28', '2028-02-29']) {
      const data = agreedData({ plannedEndOn });
      spec
        .given([])
        .when(agree({ plannedEndOn }))
        .thenEmits([{ type: 'training.ApprenticeshipAgreed', data, occurredAt: agreedAt }]);
    }
  });

  it('when it starts before any duration rule is in force, then startsOn is named', () => {
    spec
      .given([])
      .when(
        agree(
          { startsOn: '2020-01-01', plannedEndOn: '2021-12-31' },
          { providerKinds: [{ from: '2000-01-01', kinds: ['technical-school'] }] },
        ),
      )
      .thenThrows('APPRENTICESHIP_TERM_INVALID', {
        errors: [expect.objectContaining({ field: 'startsOn', rule: 'no_rule_in_force' })],
      });
  });
});

describe('progress, completion and termination (docs/domain.md §7.6)', () => {
  it('given an agreement, when progress is recorded, then it is dated; the same record again adds nothing; another under its id is refused', () => {
    spec
      .given([agreed()])
      .when(progress('p1', '2025-09-01'))
      .thenEmits([{ ...progressed('p1', '2025-09-01'), occurredAt: later }]);
    spec
      .given([agreed(), progressed('p1', '2025-09-01')])
      .when(progress('p1', '2025-09-01'))
      .thenEmits([]);
    spec
      .given([agreed(), progressed('p1', '2025-09-01')])
      .when(progress('p1', '2025-10-01'))
      .thenThrows('PROGRESS_ID_REUSED');
  });

  it('when progress is dated before the start or after today, then the day is refused', () => {
    spec
      .given([agreed()])
      .when(progress('p1', '2025-02-28'))
      .thenThrows('APPRENTICESHIP_DATE_INVALID', {
        errors: [expect.objectContaining({ field: 'on', rule: 'before_start' })],
      });
    spec
      .given([agreed()])
      .when(progress('p1', '2027-03-06'))
      .thenThrows('APPRENTICESHIP_DATE_INVALID', {
        errors: [expect.objectContaining({ field: 'on', rule: 'in_future' })],
      });
  });

  it('when completed on or after the planned end, then it completes with the hours recorded; the same completion again adds nothing', () => {
    const given = [agreed(), progressed('p1', '2025-09-01', 200), progressed('p2', '2026-09-01', 150.5)];
    spec
      .given(given)
      .when(complete('2027-02-28'))
      .thenEmits([{ ...completedEvent('2027-02-28', 350.5), occurredAt: later }]);
    spec
      .given([...given, completedEvent('2027-02-28', 350.5)])
      .when(complete('2027-02-28'))
      .thenEmits([]);
    spec
      .given([...given, completedEvent('2027-02-28', 350.5)])
      .when(complete('2027-03-01'))
      .thenThrows('APPRENTICESHIP_ENDED');
  });

  it('when completed before the planned end, then a reason is required; with one it completes', () => {
    spec
      .given([agreed()])
      .when(complete('2026-06-30'))
      .thenThrows('COMPLETION_REASON_REQUIRED', {
        errors: [expect.objectContaining({ field: 'reason', rule: 'required_before_planned_end' })],
      });
    const reason = '提前取得四级证书';
    spec
      .given([agreed()])
      .when(complete('2026-06-30', reason))
      .thenEmits([{ ...completedEvent('2026-06-30', 0, reason), occurredAt: later }]);
  });

  it('when terminated with a reason and its code, then it ends with both; nothing follows a termination', () => {
    const terminated: ApprenticeshipEvent = {
      type: 'training.ApprenticeshipTerminated',
      data: {
        apprenticeshipId: id,
        workerId,
        terminatedOn: '2025-12-31',
        reason: '学徒解除劳动合同',
        reasonCode: 'labour-contract-ended',
        recordedAt: later,
      },
    };
    const ended = apprenticeship.evolve(apprenticeship.evolve(null, agreed()), terminated);
    expect(ended).toMatchObject({
      status: 'terminated',
      endedOn: '2025-12-31',
      endReasonCode: 'labour-contract-ended',
    });
    spec
      .given([agreed()])
      .when(terminate('2025-12-31'))
      .thenEmits([{ ...terminated, occurredAt: later }]);
    for (const command of [progress('p9', '2026-01-05'), complete('2027-02-28'), terminate('2026-01-01')]) {
      spec.given([agreed(), terminated]).when(command).thenThrows('APPRENTICESHIP_ENDED');
    }
  });

  it('given no agreement, when anything is recorded, then it is not found', () => {
    spec.given([]).when(progress('p1', '2025-09-01')).thenThrows('APPRENTICESHIP_NOT_FOUND');
    spec.given([]).when(complete('2027-02-28')).thenThrows('APPRENTICESHIP_NOT_FOUND');
  });
});
