import {
  type SealedTargetGroups,
  type TrainingTargetGroup,
  TrainingTargetGroupsSchema,
  type WorkerId,
} from '@tianfu/contracts';
import type { DataKey } from './data-key.ts';
import { personalDataUnreadable } from './personal-data-errors.ts';
import { openText, type SealedKind, sealText } from './sealed-text.ts';

const groupsKind: SealedKind = { prefix: 'g1', purpose: 'target-groups' };

/** A trainee's target groups (sensitive under PIPL) under the worker's data key, like a name. */
export const sealTargetGroups = (
  workerId: WorkerId,
  groups: readonly TrainingTargetGroup[],
  key: DataKey,
): SealedTargetGroups => sealText(groupsKind, workerId, groups.join(','), key) as SealedTargetGroups;

/** Null when the worker's key was erased since; throws PERSONAL_DATA_UNREADABLE when altered. */
export function openTargetGroups(
  workerId: WorkerId,
  sealed: SealedTargetGroups,
  key: DataKey,
): TrainingTargetGroup[] | null {
  const text = openText(groupsKind, workerId, sealed, key);
  if (text === null) return null;
  const groups = TrainingTargetGroupsSchema.safeParse(text.split(','));
  if (!groups.success) throw personalDataUnreadable(`sealed target groups of worker ${workerId} hold no group list`);
  return groups.data;
}
