import type { ServiceProcess } from '@tianfu/testing';

const HEAP_USED = /^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?)/m;

/** The service's resident memory (from /proc) and used heap (from its /metrics, for an ops token), in MiB. */
export const serviceMemory = (service: ServiceProcess, headers: Record<string, string>) => async () => {
  const metrics = await fetch(`${service.url}/metrics`, { headers }).then((r) => r.text());
  const heap = Number(HEAP_USED.exec(metrics)?.[1] ?? Number.NaN);
  return { rssMiB: await service.rssMiB(), heapMiB: heap / 2 ** 20 };
};
