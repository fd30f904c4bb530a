import { ok } from '@tianfu/api-client';
import {
  demoOccupations,
  fileOccupation,
  grantOrganiser,
  type JourneyCast,
  type Platform,
  registerSupervisor,
  seedCatalogue,
} from '@tianfu/demo';
import type { CommandLog } from './command-log.ts';

/** 电工 as the demo's catalogue seed has it. */
export const ELECTRICIAN = demoOccupations.electrician.code;
export const TIER = 'national-class-1';

/**
 * Before any fault: the catalogue seed, then the authority registers the cast's enterprise as a
 * body, files 电工 once assessment holds the catalogue, and certifies its examiners; its
 * supervisor; the organiser's grant to issue through it.
 */
export async function setUpLoad(platform: Platform, cast: JourneyCast, log: CommandLog) {
  const { assessment } = platform.admin;
  const { bodyId } = cast.body;
  await seedCatalogue(platform, () => {});
  await log.send({
    label: 'register body',
    store: 'assessment',
    command: () => ok(assessment.POST('/v1/bodies', { body: cast.body })),
    expects: () => [{ type: 'assessment.BodyRegistered', where: { bodyId }, count: 1 }],
  });
  await log.send({
    label: 'file 电工',
    store: 'assessment',
    command: () =>
      fileOccupation(platform, bodyId, ELECTRICIAN, {
        standardVersion: demoOccupations.electrician.standardVersion,
        levels: ['level3', 'level2', 'level1'],
      }),
    expects: () => [{ type: 'assessment.OccupationFiled', where: { bodyId, occupationCode: ELECTRICIAN }, count: 1 }],
    // Assessment learns of the catalogue from its topic.
    waitFor: ['STANDARD_NOT_FOUND'],
  });
  for (const examiner of cast.seniors) {
    await log.send({
      label: `register examiner ${examiner.examinerId}`,
      store: 'assessment',
      command: () => ok(assessment.POST('/v1/examiners', { body: examiner })),
      expects: () => [{ type: 'assessment.ExaminerRegistered', where: { examinerId: examiner.examinerId }, count: 1 }],
    });
  }
  const { supervisorId } = cast.supervisor;
  await log.send({
    label: 'register supervisor',
    store: 'assessment',
    command: () => registerSupervisor(platform, cast.supervisor),
    expects: () => [{ type: 'assessment.SupervisorRegistered', where: { supervisorId }, count: 1 }],
  });
  await log.send({
    label: 'grant the organiser the body',
    store: 'competition',
    command: () => grantOrganiser(platform, bodyId, [TIER], `chaos ${cast.runId}`),
    expects: () => [{ type: 'competition.OrganiserGrantSet', where: { bodyId }, count: 1 }],
    // The competition service learns of the body from the assessment topic.
    waitFor: ['BODY_NOT_REGISTERED'],
  });
}
