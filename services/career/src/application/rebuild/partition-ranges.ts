/** One topic-partition of a replay: its messages from `low` up to (not including) `high`, the high watermark taken at the start. */
export interface PartitionRange {
  readonly topic: string;
  readonly partition: number;
  readonly low: number;
  readonly high: number;
}

/** A step of the replay: these ranges read to their end; `hold` keeps their workers' facts for the later steps. */
export interface ReplayPass {
  readonly ranges: readonly PartitionRange[];
  readonly hold: boolean;
}

export const rangeKey = ({ topic, partition }: { topic: string; partition: number }): string => `${topic}|${partition}`;

export const eventsIn = (ranges: readonly PartitionRange[]): number =>
  ranges.reduce((sum, { low, high }) => sum + (high - low), 0);

/**
 * The order a rebuild reads in, so it holds one worker's facts together while keeping only a
 * part of them in memory. Events about a worker are keyed by the workerId, so one worker's
 * events share a partition number in every topic; the scattered topics (competition results,
 * one message for many workers) are read whole first and their facts held. Then, partition
 * number by partition number, the same partition of every other topic.
 */
export function replayPasses(ranges: readonly PartitionRange[], scatteredTopics: readonly string[]): ReplayPass[] {
  const scattered = new Set(scatteredTopics);
  const held = ranges.filter((r) => scattered.has(r.topic));
  const keyed = ranges.filter((r) => !scattered.has(r.topic));
  const partitions = [...new Set(keyed.map((r) => r.partition))].sort((a, b) => a - b);
  return [
    ...(held.length === 0 ? [] : [{ ranges: held, hold: true }]),
    ...partitions.map((partition) => ({ ranges: keyed.filter((r) => r.partition === partition), hold: false })),
  ];
}

/**
 * Messages a consumer group has not yet committed on these partitions (high − committed; from
 * low where the group committed nothing). `ranges` carry the current high watermarks.
 */
export function groupLag(ranges: readonly PartitionRange[], committed: ReadonlyMap<string, number>): number {
  return ranges.reduce((sum, range) => {
    const next = committed.get(rangeKey(range));
    const from = next === undefined || next < range.low ? range.low : next;
    return sum + Math.max(0, range.high - from);
  }, 0);
}
