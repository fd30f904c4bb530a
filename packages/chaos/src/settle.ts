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
  /** Consumer groups still behind their topics at the end: where a stuck flow stands. */
  readonly groupsBehind: readonly string[];
}

export interface Run {
  readonly bodyId: string;
  readonly sessionIds: ReadonlySet<string>;
  readonly commands: () => readonly CommandRecord[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const LOOK_EVERY_MS = 10_000;

const backlogOf = (outboxes: Readonly<Record<StoreName, readonly string[]>>): string[] =>
  Object.entries(outboxes).flatMap(([store, ids]) => ids.map((id) => `${store}/${id}`));

/**
 * The platform's debts now (certificates owed, commits its outboxes owe Kafka), and a probe that
 * says when all of them are paid: the load goes on, so what it adds later does not count.
 */
export async function catchUpProbe(census: Census, run: Run): Promise<() => Promise<boolean>> {
  const owed = certificateCauses(await census.events(), run);
  const unpublished = backlogOf(await census.outboxes());
  return async () => {
    const certificates = await census.storeEvents('certification');
    const issued = new Set(issuedCertificates(certificates, run.bodyId).flatMap((c) => c.sourceEventId ?? []));
    const still = new Set(backlogOf(await census.outboxes()));
    return owed.every((cause) => issued.has(cause)) && unpublished.every((commit) => !still.has(commit));
  };
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
  // The load has stopped: what owes a certificate is in the stores already, and stays as it is.
  const causes = certificateCauses(await census.events(), run);
  for (;;) {
    const issued = issuedCertificates(await census.storeEvents('certification'), run.bodyId);
    const certificates = chainCounts(
      causes,
      issued.flatMap((c) => c.sourceEventId ?? []),
    );
    const outboxes = Object.fromEntries(
      Object.entries(await census.outboxes()).map(([store, ids]) => [store, ids.length]),
    ) as Record<StoreName, number>;
    const drained = Object.values(outboxes).every((n) => n === 0);
    const timeUp = Date.now() > deadline;
    const ladderSteps =
      (certificates.lost === 0 && drained) || timeUp
        ? chainCounts(
            issued.map((c) => c.certificateNo),
            await ladderCertificateNos(platform, issued),
          )
        : null;
    if (ladderSteps !== null && (ladderSteps.lost === 0 || timeUp)) {
      const commands = commandCounts(run.commands(), await census.events());
      const deadLetters = await census.deadLetters();
      return { commands, certificates, ladderSteps, outboxes, deadLetters, groupsBehind: await census.groupsBehind() };
    }
    say(`settling: ${certificates.found}/${causes.length} certificates, outboxes ${JSON.stringify(outboxes)}`);
    await sleep(LOOK_EVERY_MS);
  }
}
