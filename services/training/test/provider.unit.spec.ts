import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { gradeOn, type ProviderCommand, type ProviderEvent, trainingProvider } from '../src/domain/provider.ts';
import { at, registered, registration, statusEvent } from './samples.ts';

const spec = deciderSpec(trainingProvider);
const listed = { 'occupation:4-03-02-01': 'listed', 'special-ability:S51-0012': 'listed' } as const;
const register = (standings: Record<string, 'listed' | 'retired' | 'unknown'> = listed): ProviderCommand => ({
  type: 'RegisterProvider',
  data: registration(),
  standings,
});
const grading = (grade: 'A' | 'B', gradedOn: string, validUntil: string) => ({
  grade,
  gradedOn,
  assessor: '四川省职业技能鉴定指导中心',
  validUntil,
  recordedAt: at,
});
const gradeCommand = (gradedOn = '2025-01-10', validUntil = '2027-12-31'): ProviderCommand => ({
  type: 'GradeProvider',
  data: { providerId: 'cd-chef-school', ...grading('A', gradedOn, validUntil) },
});
const status = (type: 'SuspendProvider' | 'ReinstateProvider' | 'RemoveProvider'): ProviderCommand => ({
  type,
  data: { providerId: 'cd-chef-school', reason: '双随机检查发现虚报学员', at },
});

describe('registering a provider in the 培训机构信息库 (docs/domain.md §7.1)', () => {
  it('given nothing, when registered with catalogue items, then it is listed; twice is refused', () => {
    spec
      .given([])
      .when(register())
      .thenEmits([{ ...registered(), occurredAt: at }]);
    spec.given([registered()]).when(register()).thenThrows('PROVIDER_ALREADY_REGISTERED');
  });

  it('when an item is not in the catalogue or retired, then each one is named by its field', () => {
    const standings = { 'occupation:4-03-02-01': 'retired', 'special-ability:S51-0012': 'unknown' } as const;
    spec
      .given([])
      .when(register(standings))
      .thenThrows('ITEM_NOT_IN_CATALOGUE', {
        errors: [
          expect.objectContaining({ field: 'items.0.code', rule: 'retired_in_catalogue' }),
          expect.objectContaining({ field: 'items.1.code', rule: 'not_in_catalogue' }),
        ],
      });
  });
});

describe('等级评估 (docs/domain.md §7.1)', () => {
  it('given a listed provider, when graded, then the grade is recorded; validity must end after the grading day', () => {
    spec
      .given([registered()])
      .when(gradeCommand())
      .thenEmits([{ type: 'training.ProviderGraded', data: gradeCommand().data, occurredAt: at }]);
    spec
      .given([registered()])
      .when(gradeCommand('2025-01-10', '2025-01-10'))
      .thenThrows('GRADE_DATES_INVALID', { errors: [expect.objectContaining({ field: 'validUntil' })] });
    spec.given([]).when(gradeCommand()).thenThrows('PROVIDER_NOT_FOUND');
    spec
      .given([registered(), statusEvent('training.ProviderRemoved')])
      .when(gradeCommand())
      .thenThrows('PROVIDER_REMOVED');
  });

  it('the grade in force on a day is the latest given by then and still valid through it', () => {
    const provider = { gradings: [grading('B', '2023-01-01', '2024-12-31'), grading('A', '2024-06-01', '2026-05-31')] };
    expect(gradeOn(provider, '2023-06-01')?.grade).toBe('B');
    expect(gradeOn(provider, '2024-07-01')?.grade).toBe('A');
    expect(gradeOn(provider, '2026-05-31')?.grade).toBe('A');
    expect(gradeOn(provider, '2026-06-01')).toBeNull();
    expect(gradeOn(provider, '2022-12-31')).toBeNull();
  });
});

describe('进入退出: suspension, reinstatement and removal (docs/domain.md §7.1)', () => {
  it('given a listed provider, when suspended then reinstated, then each with its reason; not twice', () => {
    spec
      .given([registered()])
      .when(status('SuspendProvider'))
      .thenEmits([{ ...statusEvent('training.ProviderSuspended'), occurredAt: at }]);
    spec
      .given([registered(), statusEvent('training.ProviderSuspended')])
      .when(status('SuspendProvider'))
      .thenThrows('PROVIDER_SUSPENDED');
    spec
      .given([registered(), statusEvent('training.ProviderSuspended')])
      .when(status('ReinstateProvider'))
      .thenEmits([{ ...statusEvent('training.ProviderReinstated'), occurredAt: at }]);
    spec.given([registered()]).when(status('ReinstateProvider')).thenThrows('PROVIDER_NOT_SUSPENDED');
  });

  it('given a suspension and then a removal, then the record keeps the last reason and when it was made', () => {
    const fold = (events: readonly ProviderEvent[]) => events.reduce(trainingProvider.evolve, null);
    expect(fold([registered()])).toMatchObject({ status: 'listed', statusReason: null, statusChangedAt: null });
    const removedAt = '2025-06-30T09:00:00+08:00';
    const removal: ProviderEvent = {
      type: 'training.ProviderRemoved',
      data: { providerId: 'cd-chef-school', reason: '主动退出', at: removedAt },
    };
    expect(fold([registered(), statusEvent('training.ProviderSuspended')])).toMatchObject({
      status: 'suspended',
      statusChangedAt: at,
    });
    expect(fold([registered(), statusEvent('training.ProviderSuspended'), removal])).toMatchObject({
      status: 'removed',
      statusReason: '主动退出',
      statusChangedAt: removedAt,
    });
  });

  it('given a removed provider, when anything is asked, then it is refused: removal is final', () => {
    const removed = [registered(), statusEvent('training.ProviderSuspended'), statusEvent('training.ProviderRemoved')];
    for (const type of ['SuspendProvider', 'ReinstateProvider', 'RemoveProvider'] as const) {
      spec.given(removed).when(status(type)).thenThrows('PROVIDER_REMOVED');
    }
    spec
      .given([registered()])
      .when(status('RemoveProvider'))
      .thenEmits([{ ...statusEvent('training.ProviderRemoved'), occurredAt: at }]);
  });
});
