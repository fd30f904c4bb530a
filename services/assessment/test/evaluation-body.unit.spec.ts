import { randomUUID } from 'node:crypto';
import { deciderSpec } from '@tianfu/decider/spec';
import { InMemoryEventStore } from '@tianfu/eventstore';
import { describe, expect, it } from 'vitest';
import { bodyStreamId } from '../src/application/body-commands.ts';
import { type BodyEvent, evaluationBody } from '../src/domain/evaluation-body.ts';
import { assessmentRegistry, readingLatest } from '../src/stored-events.ts';
import { NOW, validBody } from './fixtures.ts';

const at = NOW.toISOString();
const later = '2025-07-01T08:00:00.000Z';
const bodyId = 'chengdu-tech';
const registration = { bodyId, ...validBody, registeredAt: at };
const registered: BodyEvent = {
  type: 'assessment.BodyRegistered',
  data: { ...registration, kind: 'Y', category: 'employer' },
};
const suspended: BodyEvent = {
  type: 'assessment.BodySuspended',
  data: { bodyId, reason: '滥发证', suspendedAt: at },
};
const spec = deciderSpec(evaluationBody);

describe('evaluation body registration (docs/domain.md §2.1 评价机构, §3.2 备案号)', () => {
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
          data: { ...registration, filingNo: 'S000051000007', kind: 'S', category: 'social-organisation' },
          occurredAt: at,
        },
      ]);
  });

  it('registers a 技工院校 as a Y-coded technical college; a category against the 备案号 letter is refused (§2.1)', () => {
    const college = { ...registration, category: 'technical-college' as const };
    spec
      .given([])
      .when({ type: 'RegisterBody', data: college })
      .thenEmits([{ ...registered, data: { ...college, kind: 'Y' }, occurredAt: at }]);
    spec
      .given([])
      .when({ type: 'RegisterBody', data: { ...college, filingNo: 'S000051000007' } })
      .thenThrows('BODY_CATEGORY_MISMATCH');
    spec
      .given([])
      .when({ type: 'RegisterBody', data: { ...registration, category: 'social-organisation' } })
      .thenThrows('BODY_CATEGORY_MISMATCH');
  });

  it('rejects a second registration of the same body', () => {
    spec.given([registered]).when({ type: 'RegisterBody', data: registration }).thenThrows('BODY_ALREADY_REGISTERED');
  });
});

describe('evaluation body supervision: suspend and reinstate (docs/domain.md §2.1 人社厅 supervision)', () => {
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

describe('filing withdrawal (撤销备案, docs/domain.md §2.1 supervision)', () => {
  const filed: BodyEvent = {
    type: 'assessment.OccupationFiled',
    data: { bodyId, occupationCode: '6-31-01-03', standardVersion: '2018', levels: ['level3'], filedAt: at },
  };
  const withdrawn: BodyEvent = {
    type: 'assessment.FilingWithdrawn',
    data: { bodyId, occupationCode: '6-31-01-03', reason: '考评质量不达标', withdrawnAt: later },
  };
  const withdraw = { type: 'WithdrawFiling', data: withdrawn.data } as const;

  it('withdraws a filed occupation with the reason; the body no longer holds it', () => {
    spec
      .given([registered, filed])
      .when(withdraw)
      .thenEmits([{ ...withdrawn, occurredAt: later }]);
    const state = [registered, filed, withdrawn].reduce(evaluationBody.evolve, evaluationBody.initialState());
    expect(state?.filings).toEqual([]);
  });

  it('refuses an occupation that is not filed, and a body that is not registered', () => {
    spec.given([registered]).when(withdraw).thenThrows('FILING_NOT_FOUND');
    spec.given([registered, filed, withdrawn]).when(withdraw).thenThrows('FILING_NOT_FOUND');
    spec.given([]).when(withdraw).thenThrows('BODY_NOT_REGISTERED');
  });
});

describe('a body registered under schema version 1 (docs/architecture.md "Events": upcast on read)', () => {
  it('reads back with the category its filing letter implies', async () => {
    const store = new InMemoryEventStore({ clock: () => NOW, newId: randomUUID, schemaVersions: assessmentRegistry });
    const context = { expectedRevision: 0, actor: { kind: 'user' as const, id: 'authority-1' }, correlationId: 'c-1' };
    await store.append(
      bodyStreamId('old-s'),
      [
        {
          type: 'assessment.BodyRegistered',
          schemaVersion: 1,
          data: { ...registration, bodyId: 'old-s', filingNo: 'S000051000007', kind: 'S' },
        },
      ],
      context,
    );
    const [event] = (await readingLatest(store).readStream(bodyStreamId('old-s'))).events;
    expect(event).toMatchObject({ schemaVersion: 2, data: { kind: 'S', category: 'social-organisation' } });
  });
});
