import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type CatalogueFollower, type CatalogueState, followCatalogue } from '@tianfu/catalogue-view';
import type { KafkaClient } from '@tianfu/messaging';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

/** Whether a holder's catalogue has every occupation of the bench with its standard version. */
export const holdsAll = (state: CatalogueState, occupations: number, standards: number): boolean => {
  if (state.occupations.size < occupations) return false;
  let held = 0;
  for (const occupation of state.occupations.values()) held += occupation.standards.length;
  return held >= standards;
};

/** Resolves with the ms since `since` once `follower` holds everything; polled every 2 ms. */
export function heldAfter(follower: CatalogueFollower, done: (s: CatalogueState) => boolean, since: number) {
  return new Promise<number>((resolve) => {
    const poll = setInterval(() => {
      if (!done(follower.current())) return;
      clearInterval(poll);
      resolve(performance.now() - since);
    }, 2);
  });
}

/** A holder in a group of its own, as assessment, certification or career starts one. */
export async function startHolder(kafka: KafkaClient, topic: string, name: string): Promise<CatalogueFollower> {
  const follower = await followCatalogue({ kafka, topic, logger: silent, groupId: `${topic}-${name}` });
  await follower.caughtUp;
  return follower;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after full collections: what is live, nothing waiting to be swept. */
export function liveHeapMiB(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/**
 * The heap one more holder costs: a fresh holder rebuilds the whole catalogue from the topic, and
 * the live heap (forced GC) is read before it starts and once it has caught up, with its state held.
 */
export async function holderHeapMiB(kafka: KafkaClient, topic: string): Promise<{ mib: number; rebuildMs: number }> {
  const before = liveHeapMiB();
  const started = performance.now();
  const follower = await startHolder(kafka, topic, 'memory');
  const rebuildMs = performance.now() - started;
  const state = follower.current();
  const mib = liveHeapMiB() - before;
  if (state.occupations.size === 0) throw new Error('the memory holder rebuilt nothing');
  await follower.stop();
  return { mib, rebuildMs };
}
