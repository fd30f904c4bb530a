import { ok } from '@tianfu/api-client';
import { connectPlatform, grantOrganiser, journeyCast, onceAccepted, seedCatalogue } from '@tianfu/demo';

/**
 * What an organiser's browser test starts from, made through the services' own API: the catalogue
 * imported (the form picks 电工 from it), a new evaluation body, the authority's grant to the dev
 * organiser to issue through it at 国家级一类 (tried again while the competition service has not yet
 * learnt of the body from the assessment topic), and a worker to enter with their ID number.
 */
export async function organiserFixture() {
  const platform = await connectPlatform();
  const cast = journeyCast();
  await seedCatalogue(platform, () => {});
  await ok(platform.admin.assessment.POST('/v1/bodies', { body: cast.body }));
  const grant = () => grantOrganiser(platform, cast.body.bodyId, ['national-class-1'], `console e2e ${cast.runId}`);
  await onceAccepted(grant, ['BODY_NOT_REGISTERED'], {
    what: `the competition service to learn of body ${cast.body.bodyId}`,
    // Below the test's own 120 s, so a failure names the last refusal rather than a timeout.
    timeoutMs: 90_000,
    intervalMs: 500,
  });
  return { runId: cast.runId, bodyId: cast.body.bodyId, worker: cast.worker };
}
