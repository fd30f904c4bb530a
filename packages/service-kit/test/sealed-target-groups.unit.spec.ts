import { randomBytes } from 'node:crypto';
import { SealedTargetGroupsSchema, type TrainingTargetGroup, trainingTargetGroups } from '@tianfu/contracts';
import { describe, expect, it } from 'vitest';
import { personalDataUnreadable } from '../src/index.ts';
import { newDataKey } from '../src/personal-data/data-key.ts';
import { sealName } from '../src/personal-data/sealed-name.ts';
import { openTargetGroups, sealTargetGroups } from '../src/personal-data/sealed-target-groups.ts';

const workerA = 'a'.repeat(64);
const workerB = 'b'.repeat(64);
const { dataKey: key } = newDataKey(workerA, randomBytes(32), new Date('2026-03-01T08:00:00Z'));
const groups: TrainingTargetGroup[] = ['rural-migrant', 'veteran'];

const unreadable = (run: () => unknown): boolean => {
  try {
    run();
  } catch (error) {
    return personalDataUnreadable.is(error);
  }
  return false;
};

describe('target groups sealed under the worker key (docs/domain.md §7.2)', () => {
  it('seals into the contracts form with no group in clear, and opens to the same list', () => {
    const sealed = sealTargetGroups(workerA, groups, key);
    expect(SealedTargetGroupsSchema.parse(sealed)).toBe(sealed);
    expect(sealed).not.toContain('rural');
    expect(openTargetGroups(workerA, sealed, key)).toEqual(groups);
  });

  it('fits every group of the list at once', () => {
    const all = sealTargetGroups(workerA, trainingTargetGroups, key);
    expect(openTargetGroups(workerA, SealedTargetGroupsSchema.parse(all), key)).toEqual([...trainingTargetGroups]);
  });

  it('binds them to worker and purpose: another worker, or a sealed name passed off as groups, fails authentication', () => {
    expect(unreadable(() => openTargetGroups(workerB, sealTargetGroups(workerA, groups, key), key))).toBe(true);
    const name = sealName(workerA, 'rural-migrant', key).replace(/^n1\./, 'g1.');
    expect(unreadable(() => openTargetGroups(workerA, SealedTargetGroupsSchema.parse(name), key))).toBe(true);
  });
});
