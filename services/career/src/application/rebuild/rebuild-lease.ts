import { randomUUID } from 'node:crypto';
import { MongoLease } from '@tianfu/eventstore';
import type { MessagingLogger } from '@tianfu/messaging';
import type { Db } from 'mongodb';

const TTL_MS = 60_000;

export interface HeldLease {
  release(): Promise<void>;
}

/**
 * One rebuild at a time across instances: a lease made of inserts (docs/architecture.md), renewed
 * while held; `onLost` is told if another instance takes it (this one stalled past its term).
 * Null when another instance holds it.
 */
export async function acquireRebuildLease(
  db: Db,
  clock: () => Date,
  logger: MessagingLogger,
  onLost: (error: Error) => void,
): Promise<HeldLease | null> {
  const lease = await MongoLease.create(db, { name: 'career-rebuild', owner: randomUUID(), ttlMs: TTL_MS, clock });
  if (!(await lease.tryAcquire())) return null;
  const renewal = setInterval(() => {
    lease.tryAcquire().then(
      (held) => held || onLost(new Error('another instance took the rebuild lease')),
      (err: unknown) => logger.warn({ err }, 'rebuild: renewing the lease failed'),
    );
  }, TTL_MS / 3);
  return {
    async release() {
      clearInterval(renewal);
      await lease.release();
    },
  };
}
