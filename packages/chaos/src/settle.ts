import type { Platform } from '@tianfu/demo';
import { certificateCauses, issuedCertificates } from './chains.ts';
import { ladderCertificateNos } from './ladder-census.ts';
import type { Census } from './store-census.ts';
import { type CommandRecord, type Counts, chainCounts, commandCounts, type StoreName } from './tally.ts';

/** What the census found once the platform settled (or the deadline passed). */
export interface Figures {
  readonly commands: Counts;
  /** Each pass, promotion and 特级技师 appointment: exactly one certificate. */
  readonly certificates: Counts;
  /** Each certificate: exactly one ladder step showing it. */
  readonly ladderSteps: Counts;
  readonly outboxes: Readonly<Record<StoreName, number>>;
  readonly deadLetters: Readonly<Record<string, number>>;
}

export interface Run {
  readonly bodyId: string;
  readonly sessionIds: ReadonlySet<string>;
  readonly commands: () => readonly CommandRecord[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const LOOK_EVERY_MS = 10_000;

/** Whether every certificate owed so far is issued and every outbox drained: the platform has caught up. */
export async function caughtUp(census: Census, run: Run): Promise<boolean> {
  const events = await census.events();
  const issued = issuedCertificates(events.certification, run.bodyId).flatMap((c) => c.sourceEventId ?? []);
  const certificates = chainCounts(certificateCauses(events, run), issued);
  const outboxes = await census.outboxes();
  return certificates.lost === 0 && Object.values(outboxes).every((n) => n === 0);
}

/**
 * Looks until every certificate is issued and shown on its ladder and every outbox drained, or
 * the deadline passes; then counts. What is still missing at the deadline is lost.
 */
export async function settle(
  census: Census,
  platform: Platform,
  run: Run,
  timeoutMs: number,
  say: (line: string) => void,
): Promise<Figures> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = await census.events();
    const causes = certificateCauses(events, run);
    const issued = issuedCertificates(events.certification, run.bodyId);
    const certificates = chainCounts(
      causes,
      issued.flatMap((c) => c.sourceEventId ?? []),
    );
    const outboxes = await census.outboxes();
    const drained = Object.values(outboxes).every((n) => n === 0);
    const timeUp = Date.now() > deadline;
    const ladderSteps =
      (certificates.lost === 0 && drained) || timeUp
        ? chainCounts(
            issued.map((c) => c.certificateNo),
            await ladderCertificateNos(platform, issued),
          )
        : null;
    const settled = ladderSteps !== null && ladderSteps.lost === 0;
    if (ladderSteps !== null && (settled || timeUp)) {
      const commands = commandCounts(run.commands(), events);
      return { commands, certificates, ladderSteps, outboxes, deadLetters: await census.deadLetters() };
    }
    say(`settling: ${certificates.found}/${causes.length} certificates, outboxes ${JSON.stringify(outboxes)}`);
    await sleep(LOOK_EVERY_MS);
  }
}
