import type { CertificateView } from '../api-types.ts';
import { type Ladder, ladderOf, lookupWorker } from '../career-answers.ts';
import { certificateOf } from '../certificates.ts';
import { found, until } from '../eventually.ts';
import type { DemoPerson } from '../people/demo-people.ts';
import type { Platform } from '../platform.ts';

export interface Showcase {
  readonly person: DemoPerson;
  readonly workerId: string;
  readonly ladder: Ladder;
  readonly certificate: CertificateView;
}

// The career projection reads every topic; after a seed it has thousands of facts to catch up on.
const catchUpMs = 5 * 60_000;

const steps = (ladder: Ladder) => ladder.occupations.flatMap((o) => o.steps);
const wholePath = (ladder: Ladder) =>
  ladder.appointments.some((a) => a.post === 'chief-technician') && steps(ladder).some((s) => s.basis === 'exam');

/**
 * The 首席技师 of the demo as HR and a verifier see them: the ladder once it shows the exam, the
 * contest and the posts, and the 高级技师 certificate the contest brought, as the office holds it.
 */
export async function showcase(platform: Platform, person: DemoPerson): Promise<Showcase> {
  const { workerId } = await lookupWorker(platform, person.document);
  const what = `the career ladder of ${person.name} to show the exam, the contest and the 首席技师 post`;
  // Career may not have the worker's first fact yet (404, null) while it catches up with the seed.
  const ladder = (await until(
    () => ladderOf(platform, workerId),
    (l) => l !== null && wholePath(l),
    {
      what,
      timeoutMs: catchUpMs,
    },
  )) as Ladder;
  const certificateNo = steps(ladder).find((s) => s.level === 'level1' && s.certificateNo !== null)?.certificateNo;
  if (certificateNo == null) throw new Error(`the ladder of ${person.name} has no 高级技师 certificate`);
  const certificate = await found(() => certificateOf(platform, certificateNo), {
    what: `certificate ${certificateNo}`,
  });
  return { person, workerId, ladder, certificate };
}
