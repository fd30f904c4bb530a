import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEV_JWT_SECRET, signToken } from '@tianfu/service-kit';
import type { ServiceProcess } from '@tianfu/testing';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until career's training record of `workerId` shows `classId`: the projection has caught up to it. */
export async function recordShown(career: ServiceProcess, workerId: string, classId: string, timeoutMs: number) {
  const principal = { sub: 'bench-hr', role: 'hr' } as const;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const token = await signToken({ secret: DEV_JWT_SECRET, principal, now: () => new Date() });
    const answer = await fetch(`${career.url}/v1/workers/${workerId}/record`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (answer.ok && (await answer.text()).includes(classId)) return;
    await sleep(500);
  }
  throw new Error(`career did not show ${classId} in ${workerId}'s record within ${timeoutMs / 1000} s`);
}

/**
 * The raw baseline: the same enrolment facts held as plain objects in a Map by workerId in this
 * process, measured as the heap they add after a full collection. Bytes per worker.
 */
export function rawBytesPerWorker(workers: number, fact: (n: number) => object): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = new Map<string, object>();
  for (let n = 0; n < workers; n += 1) held.set(n.toString(16).padStart(64, '0'), fact(n));
  gc();
  const bytes = (process.memoryUsage().heapUsed - before) / workers;
  if (held.size !== workers) throw new Error('the raw map lost workers');
  return bytes;
}
