import { csvUpload, ok } from '@tianfu/api-client';
import type { Platform } from '../platform.ts';
import { inParallel } from '../seed/in-parallel.ts';
import { once, type Tally } from '../seed/tally.ts';
import { pastRosterSheet } from '../sheets.ts';
import type { PlannedApprenticeship } from './apprenticeships.ts';
import type { PastClassPlan } from './past-classes.ts';

/**
 * One class of 2023–2025 as the office records it late (补录): filed with its reason, then its
 * roster in one sheet (enrolments on their days, attendance, completion). A class an earlier run
 * recorded is left alone: the filing answers CLASS_ALREADY_FILED and the same sheet changes nothing.
 */
async function seedPastClass(platform: Platform, { providerId, body, trainees }: PastClassPlan, tally: Tally) {
  const { training } = platform.trainingOffice;
  const filed = () =>
    ok(training.POST('/v1/providers/{providerId}/past-classes', { params: { path: { providerId } }, body }));
  tally.add('training classes of 2023–2025 (补录)', await once(filed, 'CLASS_ALREADY_FILED'));
  const path = { params: { path: { classId: body.classId } } };
  const sheet = csvUpload(pastRosterSheet(trainees));
  const receipt = await ok(training.POST('/v1/classes/{classId}/past-roster.csv', { ...path, ...sheet }));
  tally.add('trainees of 2023–2025', receipt.applied ? 'created' : 'existing', trainees.length);
}

/** An apprenticeship agreed, then completed on its planned end: the apprentice's 学徒工 step. */
async function seedApprenticeship(platform: Platform, { body, completedOn }: PlannedApprenticeship, tally: Tally) {
  const { training } = platform.trainingOffice;
  const agreed = () => ok(training.POST('/v1/apprenticeships', { body }));
  const done = await once(agreed, 'APPRENTICESHIP_ALREADY_AGREED');
  tally.add('apprenticeships completed', done);
  if (done === 'existing') return;
  const path = { params: { path: { apprenticeshipId: body.apprenticeshipId } } };
  await ok(training.POST('/v1/apprenticeships/{apprenticeshipId}/complete', { ...path, body: { completedOn } }));
}

/** The training history: classes two at a time (the services share two cores), then the apprenticeships. */
export async function seedPastTraining(
  platform: Platform,
  plan: { readonly classes: readonly PastClassPlan[]; readonly apprenticeships: readonly PlannedApprenticeship[] },
  tally: Tally,
): Promise<void> {
  await inParallel(plan.classes, 2, (planned) => seedPastClass(platform, planned, tally));
  await inParallel(plan.apprenticeships, 2, (planned) => seedApprenticeship(platform, planned, tally));
}
