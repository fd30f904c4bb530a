import type { CompetitionTier } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { checkGrant, type OrganiserEvent, organiserDecider, type SetGrant } from '../src/domain/organiser-grants.ts';

const spec = deciderSpec(organiserDecider);
const setAt = '2025-03-01T00:00:00.000Z';
const grantOf = (bodyId: string, tiers: CompetitionTier[]) => ({
  organiserId: 'organiser-1',
  bodyId,
  tiers,
  reason: '川人社函〔2025〕7号',
  setAt,
});
const setGrant = (bodyId: string, tiers: CompetitionTier[]): SetGrant => ({
  type: 'SetGrant',
  data: grantOf(bodyId, tiers),
});
const granted = (bodyId: string, tiers: CompetitionTier[]): OrganiserEvent => ({
  type: 'competition.OrganiserGrantSet',
  data: grantOf(bodyId, tiers),
});
const grantsAfter = (events: OrganiserEvent[]) =>
  events.reduce(organiserDecider.evolve, organiserDecider.initialState());

describe('organiser grants (the authority lets an organiser issue through a body, at tiers)', () => {
  it('sets a grant once; the same tiers again emit nothing; other tiers replace them', () => {
    spec
      .given([])
      .when(setGrant('b-1', ['municipal', 'municipal']))
      .thenEmits([{ type: 'competition.OrganiserGrantSet', data: grantOf('b-1', ['municipal']), occurredAt: setAt }]);
    spec
      .given([granted('b-1', ['municipal', 'industry'])])
      .when(setGrant('b-1', ['industry', 'municipal']))
      .thenEmits([]);
    expect(grantsAfter([granted('b-1', ['municipal']), granted('b-1', ['industry'])]).get('b-1')).toEqual(['industry']);
  });

  it('a competition needs the grant for its body and tier; a withdrawn grant is none', () => {
    const grants = grantsAfter([granted('b-1', ['municipal']), granted('b-2', ['industry']), granted('b-2', [])]);
    expect(() => checkGrant('organiser-1', grants, 'b-1', 'municipal')).not.toThrow();
    for (const [bodyId, tier] of [
      ['b-1', 'national-class-1'],
      ['b-2', 'industry'],
      ['b-3', 'municipal'],
    ] as const) {
      expect(() => checkGrant('organiser-1', grants, bodyId, tier)).toThrow(
        expect.objectContaining({
          code: 'ORGANISER_NOT_GRANTED',
          details: { field: 'issuingBody.bodyId', bodyId, tier },
        }),
      );
    }
  });
});
