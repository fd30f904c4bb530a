import { ok, okOrNull } from '@tianfu/api-client';
import type { Platform } from '../platform.ts';
import { registerSupervisor } from '../supervisors.ts';
import { fileWhenCatalogued } from './catalogued-filing.ts';
import { type DemoBody, registrationOf } from './demo-bodies.ts';
import type { BodyStaff } from './plan-staff.ts';
import { once, type Tally } from './tally.ts';

/**
 * The authority registers the body, files its occupations (once assessment holds the catalogue's
 * record of each) and certifies its examiners; then its supervisor.
 */
export async function seedBody(platform: Platform, body: DemoBody, staff: BodyStaff, tally: Tally): Promise<void> {
  const { assessment } = platform.admin;
  const { bodyId } = body;
  const registered = () => ok(assessment.POST('/v1/bodies', { body: registrationOf(body) }));
  tally.add('bodies', await once(registered, 'BODY_ALREADY_REGISTERED'));
  const view = await okOrNull(assessment.GET('/v1/bodies/{bodyId}', { params: { path: { bodyId } } }));
  const filed = new Set(view?.filings.map((f) => f.occupationCode));
  for (const filing of body.filings) {
    if (filed.has(filing.occupation.code)) tally.add('filings', 'existing');
    else {
      await fileWhenCatalogued(platform, bodyId, filing);
      tally.add('filings', 'created');
    }
  }
  for (const examiner of [...staff.seniors, staff.examiner]) {
    const certified = () => ok(assessment.POST('/v1/examiners', { body: examiner }));
    tally.add('examiners', await once(certified, 'EXAMINER_ALREADY_REGISTERED'));
  }
  const appointed = () => registerSupervisor(platform, staff.supervisor);
  const supervisor = await once(appointed, 'SUPERVISOR_ALREADY_REGISTERED');
  tally.add('supervisors', supervisor);
}
