import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { KafkaAdmin, KafkaClient, MessagingLogger } from '@tianfu/messaging';
import { defineError } from '@tianfu/service-kit';
import type { Db } from 'mongodb';
import type { CareerReadSide } from '../read-side.ts';
import type { ActiveProjection } from './active-projection.ts';
import { captureRanges, committedOffsets } from './kafka-offsets.ts';
import { eventsIn, groupLag, type PartitionRange } from './partition-ranges.ts';
import { openPartitionReplay } from './partition-replay.ts';
import type { ReadSidePointer } from './read-side-pointer.ts';
import { acquireRebuildLease, type HeldLease } from './rebuild-lease.ts';
import { RebuildProgress, type RebuildView } from './rebuild-progress.ts';
import { replayIntoSet } from './replay-into-set.ts';
import { dropSet, dropStaleSets } from './stale-sets.ts';

export const rebuildRunning = defineError('REBUILD_RUNNING', 409, 'A rebuild is already running');

export interface CareerRebuildDeps {
  readonly db: Db;
  readonly kafka: KafkaClient;
  /** Every topic the projection reads, and those whose events about workers are not keyed by worker. */
  readonly topics: readonly string[];
  readonly scatteredTopics: readonly string[];
  readonly projection: ActiveProjection;
  readonly pointer: ReadSidePointer;
  readonly today: () => string;
  readonly clock: () => Date;
  readonly catchUpPollMs?: number;
}

interface Run {
  readonly set: string;
  /** The epoch the set will have when it is swapped in. */
  readonly epoch: number;
  readonly ranges: readonly PartitionRange[];
  readonly admin: KafkaAdmin;
  readonly lease: HeldLease;
  readonly signal: AbortSignal;
  readonly logger: MessagingLogger;
}

/**
 * The admin command: replays every topic from its start into a fresh set while the
 * active one goes on answering and consuming; then the fresh set's live consumer takes over at
 * the high watermarks the replay stopped at, and once it has caught up the set is swapped in by
 * inserting the next epoch. One rebuild at a time, here and across instances.
 */
export function careerRebuild(deps: CareerRebuildDeps) {
  const progress = new RebuildProgress(deps.clock);
  let abort = new AbortController();
  let running: Promise<void> | null = null;
  let busy = false;

  async function start(logger: MessagingLogger): Promise<RebuildView> {
    if (busy) throw rebuildRunning(`set ${progress.view().set ?? '(being named)'} is being rebuilt here`);
    busy = true;
    try {
      const run = await begin(logger);
      running = rebuild(run)
        .catch((err: unknown) => logger.error({ err }, 'rebuild: cleaning up failed'))
        .finally(() => {
          busy = false;
          running = null;
        });
      return progress.view();
    } catch (error) {
      busy = false;
      throw error;
    }
  }

  /** Takes the lease, names the set, and captures where each partition ends now. */
  async function begin(logger: MessagingLogger): Promise<Run> {
    abort = new AbortController();
    const { signal } = abort;
    const lease = await acquireRebuildLease(deps.db, deps.clock, logger, (error) => abort.abort(error));
    if (lease === null) throw rebuildRunning('another instance is rebuilding');
    const admin = deps.kafka.admin();
    try {
      await admin.connect();
      const epoch = (await deps.pointer.active()).epoch + 1;
      const set = `v${epoch}_${randomBytes(3).toString('hex')}`;
      const ranges = await captureRanges(admin, deps.topics);
      progress.begin(set, eventsIn(ranges));
      return { set, epoch, ranges, admin, lease, signal, logger };
    } catch (error) {
      await admin.disconnect();
      await lease.release();
      throw error;
    }
  }

  async function rebuild(run: Run): Promise<void> {
    const { set, logger } = run;
    logger.info({ set, total: progress.view().total }, 'rebuild started');
    try {
      await dropStaleSets(deps.db, deps.pointer);
      await replayAndCatchUp(run);
    } catch (error) {
      progress.failed(error);
      logger.error({ set, err: error }, 'rebuild failed');
      await deps.projection.discard(set);
      await dropSet(deps.db, set);
      return;
    } finally {
      await run.lease.release();
      await run.admin.disconnect();
    }
    // The epoch is claimed: should this instance fail to switch now, its poll switches later.
    await deps.projection.follow().catch((err: unknown) => logger.warn({ err }, 'rebuild: switching here failed'));
    progress.done();
    logger.info({ ...progress.view() }, 'rebuild swapped in');
  }

  /** Ends with the set's epoch claimed: from then on it is the active one. */
  async function replayAndCatchUp({ set, epoch, ranges, admin, signal }: Run): Promise<void> {
    const live = deps.projection.live();
    const group = live.groupOf(set);
    // The replay reads in the set's own group and leaves it at the watermarks, where the live consumer goes on.
    const replay = await openPartitionReplay(deps.kafka, group, deps.topics, signal);
    let side: CareerReadSide;
    try {
      side = await replayIntoSet({
        db: deps.db,
        set,
        today: deps.today,
        replay,
        ranges,
        scatteredTopics: deps.scatteredTopics,
        onRead: (messages, invalid) => progress.read(messages, invalid),
      });
      await replay.commitEnds(ranges);
    } finally {
      await replay.close();
    }
    deps.projection.prepare(side, await live.start(side));
    await caughtUp(admin, group, signal);
    if (!(await deps.pointer.claim(epoch, set))) throw new Error(`epoch ${epoch} was taken by another swap meanwhile`);
  }

  async function caughtUp(admin: KafkaAdmin, group: string, signal: AbortSignal): Promise<void> {
    for (;;) {
      const lag = groupLag(await captureRanges(admin, deps.topics), await committedOffsets(admin, group, deps.topics));
      progress.catchingUp(lag);
      if (lag === 0) return;
      await sleep(deps.catchUpPollMs ?? 500, undefined, { signal });
    }
  }

  return {
    start,
    progress: (): RebuildView => progress.view(),
    /** At shutdown: a running rebuild gives up (its set is dropped), and is waited for. */
    async stop(): Promise<void> {
      abort.abort(new Error('the service is stopping'));
      await running;
    },
  };
}

export type CareerRebuild = ReturnType<typeof careerRebuild>;
