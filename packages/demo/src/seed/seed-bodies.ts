import type { Platform } from '../platform.ts';
import { fileWhenCatalogued } from './catalogued-filing.ts';
import { type DemoBody, registrationOf } from './demo-bodies.ts';
import type { BodyStaff } from './plan-staff.ts';
import { once, type Tally } from './tally.ts';

/**
 * The authority registers the body, files its occupations (once assessment holds the catalogue's
 * record of each) and certifies its examiners; then its supervisor.
 */
export async function seedBody(platform: Platform, body: DemoBody, staff: BodyStaff, tally: Tally): Promise<void> {
  const { assessment } = platform;
  tally.add('bodies', await once(() => assessment.registerBody(registrationOf(body)), 'BODY_ALREADY_REGISTERED'));
  const filed = new Set((await assessment.body(body.bodyId))?.filings.map((f) => f.occupationCode));
  for (const filing of body.filings) {
    if (filed.has(filing.occupation.code)) tally.add('filings', 'existing');
    else {
      await fileWhenCatalogued(assessment, body.bodyId, filing);
      tally.add('filings', 'created');
    }
  }
  for (const examiner of [...staff.seniors, staff.examiner]) {
    tally.add('examiners', await once(() => assessment.registerExaminer(examiner), 'EXAMINER_ALREADY_REGISTERED'));
  }
  const supervisor = await once(() => assessment.registerSupervisor(staff.supervisor), 'SUPERVISOR_ALREADY_REGISTERED');
  tally.add('supervisors', supervisor);
}
