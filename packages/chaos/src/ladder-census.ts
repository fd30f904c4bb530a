import { ladderOf, type Platform } from '@tianfu/demo';
import type { IssuedCertificate } from './chains.ts';

interface StepView {
  readonly certificateNo: string | null;
  readonly sources?: readonly { readonly certificateNo: string | null }[];
}

const LOOKS_AT_ONCE = 4;

/** Each certificate number once per ladder step (or step source) that shows it, over the holders' ladders. */
export async function ladderCertificateNos(
  platform: Platform,
  certificates: readonly IssuedCertificate[],
): Promise<string[]> {
  const workers = [...new Set(certificates.map((c) => c.workerId))];
  const shown: string[] = [];
  const next = async (): Promise<void> => {
    for (let workerId = workers.pop(); workerId !== undefined; workerId = workers.pop()) {
      const ladder = await ladderOf(platform, workerId);
      const steps = (ladder?.occupations ?? []).flatMap((o) => o.steps as readonly StepView[]);
      for (const step of steps) {
        const numbers = step.sources?.map((s) => s.certificateNo) ?? [step.certificateNo];
        for (const number of numbers) if (number !== null) shown.push(number);
      }
    }
  };
  await Promise.all(Array.from({ length: LOOKS_AT_ONCE }, next));
  return shown;
}
