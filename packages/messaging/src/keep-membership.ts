/** How often a long handler's batch heartbeats; kafkajs sends at most one per heartbeatInterval. */
const HEARTBEAT_EVERY_MS = 1_000;

/**
 * Runs `work` while heartbeating the group. kafkajs heartbeats only when asked, so a handler slower
 * than the session timeout (a database answering in seconds under load) lost the member its
 * partitions: its offset could not be committed, the batch came back, took as long again, and the
 * group stood still with no error. A failed heartbeat is left for the batch loop's own, which
 * makes kafkajs rejoin.
 */
export async function keepingMembership<T>(heartbeat: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => void heartbeat().catch(() => undefined), HEARTBEAT_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
