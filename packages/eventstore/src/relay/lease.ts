import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '../duplicate-key.ts';

/** Only the holder of the lease publishes; the others wait, ready to take over. */
export interface Lease {
  /** Acquires or renews the lease; true while this process holds it. */
  tryAcquire(): Promise<boolean>;
  /** Hands the lease back so another process can take it at once. */
  release(): Promise<void>;
}

interface LeaseEpoch {
  _id: string;
  name: string;
  epoch: number;
  owner: string;
  until: string;
}

export interface MongoLeaseOptions {
  readonly name: string;
  readonly owner: string;
  readonly ttlMs: number;
  readonly clock: () => Date;
}

const EPOCHS_KEPT = 50;

/**
 * A lease made only of inserts: each acquisition or renewal inserts the next epoch, whose _id is
 * unique, so exactly one process wins each epoch even on FerretDB, where a conditional update
 * ("take it if expired") can succeed for two writers. The holder is the owner of the top epoch.
 */
export class MongoLease implements Lease {
  readonly #epochs: Collection<LeaseEpoch>;
  readonly #options: MongoLeaseOptions;

  private constructor(epochs: Collection<LeaseEpoch>, options: MongoLeaseOptions) {
    this.#epochs = epochs;
    this.#options = options;
  }

  static async create(db: Db, options: MongoLeaseOptions, collection = 'leases'): Promise<MongoLease> {
    const epochs = db.collection<LeaseEpoch>(collection);
    await epochs.createIndex({ name: 1, epoch: -1 }, { name: 'name_epoch' });
    return new MongoLease(epochs, options);
  }

  async tryAcquire(): Promise<boolean> {
    const { name, owner, ttlMs, clock } = this.#options;
    const top = await this.#top();
    const now = clock();
    if (top && top.owner !== owner && Date.parse(top.until) > now.getTime()) return false;
    const current = top?.epoch ?? 0;
    if (!(await this.#insertEpoch(current + 1, owner, new Date(now.getTime() + ttlMs)))) return false;
    // A contender that stalled long enough could win an epoch already pruned: only the top counts.
    if ((await this.#top())?.epoch !== current + 1) return false;
    if (current % EPOCHS_KEPT === 0) await this.#prune(name, current - EPOCHS_KEPT);
    return true;
  }

  async release(): Promise<void> {
    const top = await this.#top();
    if (top?.owner === this.#options.owner) await this.#insertEpoch(top.epoch + 1, '', this.#options.clock());
  }

  async #top(): Promise<LeaseEpoch | null> {
    return this.#epochs.findOne({ name: this.#options.name }, { sort: { epoch: -1 } });
  }

  async #insertEpoch(epoch: number, owner: string, until: Date): Promise<boolean> {
    const { name } = this.#options;
    try {
      await this.#epochs.insertOne({ _id: `${name}:${epoch}`, name, epoch, owner, until: until.toISOString() });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** Old epochs only take space; the top one is never removed. */
  async #prune(name: string, below: number): Promise<void> {
    if (below > 0) await this.#epochs.deleteMany({ name, epoch: { $lt: below } });
  }
}

/** For a single process (tests, the in-memory store): always the holder. */
export const soleLease: Lease = { tryAcquire: async () => true, release: async () => {} };
