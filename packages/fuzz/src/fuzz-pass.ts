import { join } from 'node:path';
import { acceptedWrites } from './har-accepted.ts';
import { type FuzzPlan, type FuzzTarget, runSchemathesis, schemathesisArgs } from './schemathesis-run.ts';

/** What a pass over every target found, summed. */
export interface PassResult {
  readonly cases: number;
  readonly failures: ReadonlyMap<string, number>;
  /** Writes the services took (2xx/3xx), for the negative pass: a rejected request may change nothing. */
  readonly accepted: readonly string[];
}

/** Runs `st` for each target in turn, printing a line per run and the failures with their reproducers. */
export async function fuzzPass(
  targets: readonly FuzzTarget[],
  plan: FuzzPlan,
  { bin, outDir, say }: { bin: string; outDir: string; say: (line: string) => void },
): Promise<PassResult> {
  let cases = 0;
  const failures = new Map<string, number>();
  const accepted: string[] = [];
  for (const target of targets) {
    const file = join(outDir, `${target.name.replace(' ', '-')}-${plan.mode}`);
    const run = await runSchemathesis(bin, schemathesisArgs(target, plan, `${file}.har`), `${file}.txt`);
    const found = Object.entries(run.failures);
    cases += run.cases;
    for (const [title, n] of found) failures.set(title, (failures.get(title) ?? 0) + n);
    accepted.push(...(await acceptedWrites(`${file}.har`).catch(() => [])));
    say(
      `${target.name} ${plan.mode}: ${run.cases} cases, ${found.map(([t, n]) => `${t}: ${n}`).join(', ') || 'no failures'}`,
    );
    if (run.details) process.stdout.write(`${run.details}\n`);
    if (run.exitCode !== 0 && found.length === 0) {
      failures.set('st failed', (failures.get('st failed') ?? 0) + 1);
      say(`st exited ${run.exitCode}: see ${file}.txt`);
    }
  }
  return { cases, failures, accepted };
}
