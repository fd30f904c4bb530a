import { deciderSpec } from '@tianfu/testing';
import { describe, it } from 'vitest';
import { type BodyEvent, evaluationBody } from '../src/domain/evaluation-body.ts';
import { NOW, validBody } from './fixtures.ts';

const at = NOW.toISOString();
const later = '2025-07-01T08:00:00.000Z';
const bodyId = 'chengdu-tech';
const registration = { bodyId, ...validBody, registeredAt: at };
const registered: BodyEvent = { type: 'assessment.BodyRegistered', data: { ...registration, kind: 'Y' } };
const suspended: BodyEvent = {
  type: 'assessment.BodySuspended',
  data: { bodyId, reason: '滥发证', suspendedAt: at },
};
const spec = deciderSpec(evaluationBody);

describe('evaluation body registration (domain.md §2.1 评价机构, §3.2 备案号)', () => {
  it('registers a body, its kind taken from the 备案号', () => {
    spec
      .given([])
      .when({ type: 'RegisterBody', data: registration })
      .thenEmits([{ ...registered, occurredAt: at }]);
  });

  it('reads S (社会培训评价组织) and Y (用人单位) from position 1 of the 备案号', () => {
    spec
      .given([])
      .when({ type: 'RegisterBody', data: { ...registration, filingNo: 'S000051000007' } })
      .thenEmits([
        {
          type: 'assessment.BodyRegistered',
          data: { ...registration, filingNo: 'S000051000007', kind: 'S' },
          occurredAt: at,
        },
      ]);
  });

  it('rejects a second registration of the same body', () => {
    spec.given([registered]).when({ type: 'RegisterBody', data: registration }).thenThrows('BODY_ALREADY_REGISTERED');
  });
});

describe('evaluation body supervision: suspend and reinstate (domain.md §2.1 人社厅 supervision)', () => {
  const suspend = { type: 'SuspendBody', data: { bodyId, reason: '滥发证', at } } as const;
  const reinstate = { type: 'ReinstateBody', data: { bodyId, reason: '整改完成', at: later } } as const;

  it('suspends an active body with the reason', () => {
    spec
      .given([registered])
      .when(suspend)
      .thenEmits([{ ...suspended, occurredAt: at }]);
  });

  it('cannot suspend a body that is not registered', () => {
    spec.given([]).when(suspend).thenThrows('BODY_NOT_REGISTERED');
  });

  it('cannot suspend a body twice', () => {
    spec.given([registered, suspended]).when(suspend).thenThrows('BODY_ALREADY_SUSPENDED');
  });

  it('reinstates a suspended body with the reason', () => {
    spec
      .given([registered, suspended])
      .when(reinstate)
      .thenEmits([
        {
          type: 'assessment.BodyReinstated',
          data: { bodyId, reason: '整改完成', reinstatedAt: later },
          occurredAt: later,
        },
      ]);
  });

  it('cannot reinstate a body that is not suspended', () => {
    spec.given([registered]).when(reinstate).thenThrows('BODY_NOT_SUSPENDED');
  });

  it('cannot reinstate a body that is not registered', () => {
    spec.given([]).when(reinstate).thenThrows('BODY_NOT_REGISTERED');
  });

  it('can suspend again after reinstatement', () => {
    const reinstated: BodyEvent = {
      type: 'assessment.BodyReinstated',
      data: { bodyId, reason: '整改完成', reinstatedAt: later },
    };
    spec
      .given([registered, suspended, reinstated])
      .when(suspend)
      .thenEmits([{ ...suspended, occurredAt: at }]);
  });
});
