import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServiceProcess } from '@tianfu/testing';

/** What `GET /v1/admin/rebuild` shows (the fields the bench reads). */
interface RebuildView {
  readonly state: 'idle' | 'replaying' | 'catching-up' | 'done' | 'failed';
  readonly events: number;
  readonly total: number;
  readonly invalid: number;
  readonly eventsPerSecond: number;
  readonly lag: number;
  readonly error: string | null;
}

export interface RebuildRun {
  /** From the command to the new set swapped in. */
  readonly ms: number;
  readonly view: RebuildView;
  /** The service's peak resident memory (VmHWM): start, replay, and the index of every summary. */
  readonly peakRssMiB: number;
  readonly rssAfterMiB: number;
}

const POLL_MS = 500;
const REPORT_EVERY_MS = 15_000;

const statusMiB = async (pid: number, field: 'VmHWM' | 'VmRSS') => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
};

/** Starts the rebuild through the admin API and follows its progress until the new set is swapped in. */
export async function driveRebuild(service: ServiceProcess, headers: Record<string, string>): Promise<RebuildRun> {
  const url = `${service.url}/v1/admin/rebuild`;
  const started = performance.now();
  const accepted = await fetch(url, { method: 'POST', headers });
  if (accepted.status !== 202) throw new Error(`POST /v1/admin/rebuild: ${accepted.status} ${await accepted.text()}`);
  let reported = started;
  for (;;) {
    await sleep(POLL_MS);
    const view = (await (await fetch(url, { headers })).json()) as RebuildView;
    if (view.state === 'failed') throw new Error(`the rebuild failed: ${view.error}`);
    if (view.state === 'done') {
      const ms = performance.now() - started;
      const [peakRssMiB, rssAfterMiB] = [await statusMiB(service.pid, 'VmHWM'), await statusMiB(service.pid, 'VmRSS')];
      return { ms, view, peakRssMiB, rssAfterMiB };
    }
    if (performance.now() - reported >= REPORT_EVERY_MS) {
      reported = performance.now();
      const rss = await statusMiB(service.pid, 'VmRSS');
      process.stderr.write(
        `  rebuild ${view.state}: ${view.events}/${view.total} events, ${view.eventsPerSecond}/s, lag ${view.lag}, RSS ${rss.toFixed(0)} MiB\n`,
      );
    }
  }
}
