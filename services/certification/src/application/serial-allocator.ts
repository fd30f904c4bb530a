import { isDuplicateKeyError } from '@tianfu/eventstore';
import { operationalError } from '@tianfu/service-kit';
import type { Collection } from 'mongodb';
import { latestSerial, SERIAL_ID_WIDTH, type SerialDoc, serialId } from './serial-docs.ts';

export type { SerialDoc } from './serial-docs.ts';

export interface SerialAllocatorOptions {
  /** 999999 by default; maxSerialFor('principal-technician') for 特级技师 scopes. */
  readonly maxSerial?: number;
  /** Collisions in a row after which the hint counts as cold and the latest serial is read again. */
  readonly collisionsBeforeReread?: number;
}

export interface SerialAllocator {
  /** The serial `certificateId` holds in `scope`, claimed now (the lowest free one) or earlier. */
  next(scope: string, certificateId: string): Promise<number>;
}

/**
 * Insert-only (docs/architecture.md "One rule for every write"): one insert of
 * `{_id: scope:serial, scope, serial, certificateId}` claims the serial and, through the unique
 * (scope, certificateId) index, ties it to the certificate, so a redelivery that repeats the insert
 * hits a duplicate key and finds its earlier serial. A serial is tried only once every lower one is
 * known taken, so serials are 1..n without holes across processes; calls for one scope run one at
 * a time in a process. A hole is left only by a certificate that gets a serial and is then never
 * issued: allocate after the decision to issue, with the certificate's id, and retry with that id.
 */
export function createSerialAllocator(
  collection: Collection<SerialDoc>,
  { maxSerial = 10 ** SERIAL_ID_WIDTH - 1, collisionsBeforeReread = 8 }: SerialAllocatorOptions = {},
): SerialAllocator {
  const hints = new Map<string, number>();
  const queues = new Map<string, Promise<unknown>>();
  let indexReady: Promise<unknown> | undefined;

  const ensureIndex = () => {
    indexReady ??= collection
      .createIndex({ scope: 1, certificateId: 1 }, { unique: true, name: 'scope_certificate' })
      .catch((error: unknown) => {
        indexReady = undefined;
        throw error;
      });
    return indexReady;
  };

  function oneAtATime<T>(scope: string, work: () => Promise<T>): Promise<T> {
    const run = (queues.get(scope) ?? Promise.resolve()).then(work);
    const settled = run.catch(() => undefined);
    queues.set(scope, settled);
    void settled.then(() => queues.get(scope) === settled && queues.delete(scope));
    return run;
  }

  const earlierSerial = async (scope: string, certificateId: string) =>
    (await collection.findOne({ scope, certificateId }))?.serial;

  async function claim(scope: string, certificateId: string): Promise<number> {
    let collisions = 0;
    for (;;) {
      const last = hints.get(scope) ?? (await latestSerial(collection, scope));
      const serial = last + 1;
      if (serial > maxSerial) {
        const earlier = await earlierSerial(scope, certificateId);
        if (earlier !== undefined) return earlier;
        throw operationalError('SERIAL_EXHAUSTED', `no serial left in ${scope}`, { scope, max: maxSerial });
      }
      try {
        await collection.insertOne({ _id: serialId(scope, serial), scope, serial, certificateId });
        hints.set(scope, serial);
        return serial;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
      const earlier = await earlierSerial(scope, certificateId);
      if (earlier !== undefined) return earlier;
      collisions += 1;
      if (collisions % collisionsBeforeReread === 0) hints.delete(scope);
      else hints.set(scope, serial);
    }
  }

  return {
    async next(scope, certificateId) {
      await ensureIndex();
      return oneAtATime(scope, () => claim(scope, certificateId));
    },
  };
}
