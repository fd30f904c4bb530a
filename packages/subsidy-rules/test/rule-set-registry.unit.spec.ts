import type { SubsidyRuleSet, SubsidyRuleSetPublishedData } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import { type RuleSetEvent, ruleSetRegistry, sichuanPublications } from '../src/index.ts';

const spec = deciderSpec(ruleSetRegistry);
const at = '2025-05-20T09:00:00+08:00';

const [skillUpgradeV1] = sichuanPublications;
if (skillUpgradeV1 === undefined) throw new Error('Sichuan data lost its first publication');

const version = (fields: Partial<SubsidyRuleSet>, supersedes: SubsidyRuleSetPublishedData['supersedes'] = null) => ({
  ruleSet: { ...skillUpgradeV1.ruleSet, ...fields },
  supersedes,
  publishedAt: at,
});
const published = (data: SubsidyRuleSetPublishedData): RuleSetEvent => ({ type: 'subsidy.RuleSetPublished', data });
const publish = (data: SubsidyRuleSetPublishedData) => ({ type: 'PublishRuleSet' as const, data });

const v1 = version({ effectiveFrom: '2023-01-01', effectiveTo: null });
const v2 = version({ version: 2, effectiveFrom: '2025-06-01' }, { ruleSetId: 'sc-skill-upgrade', version: 1 });

describe('publishing a subsidy rule set version (docs/domain.md §7.8)', () => {
  it('§7.8 given nothing, when a version is published, then it is in force from its day', () => {
    spec
      .given([])
      .when(publish(v1))
      .thenEmits([{ type: 'subsidy.RuleSetPublished', data: v1, occurredAt: at }]);
  });

  it('§7.8 given an open version, when another for the same region and kind overlaps it, then it is refused naming effectiveFrom', () => {
    const other = version({ ruleSetId: 'sc-skill-upgrade-2', effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31' });
    spec
      .given([published(v1)])
      .when(publish(other))
      .thenThrows('RULE_SET_OVERLAPS', {
        errors: [expect.objectContaining({ field: 'ruleSet.effectiveFrom', rule: 'overlapping_validity' })],
      });
  });

  it('§7.8 given an open version, when one of another region or kind overlaps it, then both stand', () => {
    const chengdu = version({ ruleSetId: 'cd-skill-upgrade', region: '510100' });
    spec
      .given([published(v1)])
      .when(publish(chengdu))
      .thenEmits([expect.objectContaining({ data: chengdu })]);
  });

  it('§7.8 given an open version, when a version supersedes it from a day, then the old one closes on that day by a second event', () => {
    spec
      .given([published(v1)])
      .when(publish(v2))
      .thenEmits([
        { type: 'subsidy.RuleSetPublished', data: v2, occurredAt: at },
        {
          type: 'subsidy.RuleSetSuperseded',
          data: {
            ruleSetId: 'sc-skill-upgrade',
            version: 1,
            effectiveTo: '2025-06-01',
            supersededBy: { ruleSetId: 'sc-skill-upgrade', version: 2 },
            at,
          },
          occurredAt: at,
        },
      ]);
  });

  it('§7.8 given a superseded version, when folded, then it ends where the new one begins and nothing else changed', () => {
    const events = [
      published(v1),
      ...spec
        .given([published(v1)])
        .when(publish(v2))
        .emitted(),
    ] as RuleSetEvent[];
    const state = events.reduce(ruleSetRegistry.evolve, ruleSetRegistry.initialState());
    expect(state.ruleSets.map((s) => [s.version, s.effectiveFrom, s.effectiveTo])).toEqual([
      [1, '2023-01-01', '2025-06-01'],
      [2, '2025-06-01', null],
    ]);
    expect(state.ruleSets[0]?.parameters).toEqual(v1.ruleSet.parameters);
  });

  it('§7.8 a version that would take over on or before the old one began, or from nothing published, is refused', () => {
    const early = version({ version: 2, effectiveFrom: '2023-01-01' }, { ruleSetId: 'sc-skill-upgrade', version: 1 });
    spec
      .given([published(v1)])
      .when(publish(early))
      .thenThrows('SUPERSEDES_TOO_EARLY', { errors: [expect.objectContaining({ field: 'ruleSet.effectiveFrom' })] });
    const fromNothing = version({}, { ruleSetId: 'sc-never-published', version: 1 });
    spec
      .given([])
      .when(publish(fromNothing))
      .thenThrows('SUPERSEDED_NOT_FOUND', { errors: [expect.objectContaining({ field: 'supersedes' })] });
    const elsewhere = version(
      { version: 2, region: '510100', effectiveFrom: '2025-06-01' },
      { ruleSetId: 'sc-skill-upgrade', version: 1 },
    );
    spec
      .given([published(v1)])
      .when(publish(elsewhere))
      .thenThrows('SUPERSEDED_NOT_RELATED');
  });

  it('§7.8 a version is published once and versions follow 1, 2, …', () => {
    spec
      .given([published(v1)])
      .when(publish(v1))
      .thenThrows('RULE_SET_VERSION_EXISTS', { errors: [expect.objectContaining({ field: 'ruleSet.version' })] });
    spec
      .given([published(v1)])
      .when(publish({ ...v2, ruleSet: { ...v2.ruleSet, version: 3 } }))
      .thenThrows('RULE_SET_VERSION_NOT_NEXT', { errors: [expect.objectContaining({ field: 'ruleSet.version' })] });
  });

  it('§7.8 given a closed version, when one supersedes it from after its end, then nothing is closed again', () => {
    const closed = version({ effectiveTo: '2024-01-01' });
    const later = version({ version: 2, effectiveFrom: '2025-06-01' }, { ruleSetId: 'sc-skill-upgrade', version: 1 });
    spec
      .given([published(closed)])
      .when(publish(later))
      .thenEmits([expect.objectContaining({ type: 'subsidy.RuleSetPublished' })]);
  });
});
