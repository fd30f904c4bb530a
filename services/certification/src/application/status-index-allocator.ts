import { randomInt } from 'node:crypto';
import { isDuplicateKeyError } from '@tianfu/eventstore';
import { operationalError } from '@tianfu/service-kit';
import type { Collection } from 'mongodb';
import { assertStatusListSize, MIN_STATUS_LIST_SIZE, statusListError } from '../domain/status-list/index.ts';

/**
 * Two insert-only kinds share one collection: a slot `{_id: "<listId>:<index>", certificateId}`
 * says the index is taken; an assignment `{_id: "<listId>:cert:<certificateId>", index}` says which
 * index a certificate has. List ids contain no ':', so the two kinds never collide.
 */
export interface StatusIndexDoc {
  readonly _id: string;
  readonly certificateId?: string;
  readonly index?: number;
}

export interface StatusIndexAllocatorOptions {
  readonly size?: number;
  /** Uniform in [0, 1); a CSPRNG by default, because a guessable index gives the herd away. */
  readonly random?: () => number;
  /** Collisions in a row before the list counts as full; see STATUS_LIST_FULL below. */
  readonly maxAttempts?: number;
}

export interface StatusIndexAllocator {
  allocate(listId: string, certificateId: string): Promise<number>;
}

const cryptoRandom = () => randomInt(2 ** 47) / 2 ** 47;

/**
 * Random indexes, so an index says nothing about when a certificate was issued. The slot is
 * claimed first, the assignment second. A crash between them, or a concurrent call for the same
 * certificate that wins the assignment, leaves a slot nobody points to: its bit stays 0 for ever,
 * a harmless decoy. The reverse order could not recover: an assignment written first names an
 * index that another certificate may claim before us, and an insert-only record cannot be fixed.
 */
export function createStatusIndexAllocator(
  collection: Collection<StatusIndexDoc>,
  { size = MIN_STATUS_LIST_SIZE, random = cryptoRandom, maxAttempts = 32 }: StatusIndexAllocatorOptions = {},
): StatusIndexAllocator {
  assertStatusListSize(size);
  const assignment = async (id: string) => (await collection.findOne({ _id: id }))?.index;

  async function claimSlot(listId: string, certificateId: string): Promise<number> {
    for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
      const index = Math.floor(random() * size);
      try {
        await collection.insertOne({ _id: `${listId}:${index}`, certificateId });
        return index;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    // With the list a fraction f full, all draws collide with chance f^maxAttempts: at 32 draws that
    // is 1e-4 at 75 % full and 3 % at 90 %. Rotate to a new list id once 75 % of a list is used.
    throw operationalError('STATUS_LIST_FULL', `status list ${listId} is nearly full; open a new list id`, {
      listId,
      attempts: maxAttempts,
    });
  }

  return {
    async allocate(listId, certificateId) {
      if (listId.includes(':')) throw statusListError('STATUS_LIST_ID_INVALID', `list id ${listId} contains ':'`);
      const assignmentId = `${listId}:cert:${certificateId}`;
      const earlier = await assignment(assignmentId);
      if (earlier !== undefined) return earlier;
      const index = await claimSlot(listId, certificateId);
      try {
        await collection.insertOne({ _id: assignmentId, index });
        return index;
      } catch (error) {
        const winner = isDuplicateKeyError(error) ? await assignment(assignmentId) : undefined;
        if (winner === undefined) throw error;
        return winner;
      }
    },
  };
}
