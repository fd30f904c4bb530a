import { csvUpload, ok } from '@tianfu/api-client';
import { enrolmentSheet, type Platform, scoreRows, scoreSheet } from '@tianfu/demo';
import type { CommandLog } from './command-log.ts';
import type { PhaseTracker } from './load-phase.ts';
import type { RoundPlan } from './round-plan.ts';
import type { Expectation } from './tally.ts';

/** The round's session as the body runs it: scheduled, enrolled by CSV, scored by CSV, closed. */
export async function runSession(platform: Platform, plan: RoundPlan, log: CommandLog, phases: PhaseTracker) {
  const { bodyId, sessionId } = plan.session;
  const { assessment } = platform.body(bodyId);
  const path = { sessionId };
  const size = plan.candidates.length;
  const passed = plan.candidates.filter((c) => c.passed).length;
  const scores = scoreRows(plan.candidates);
  await log.send({
    label: `schedule ${sessionId}`,
    store: 'assessment',
    command: () => ok(assessment.POST('/v1/sessions', { body: plan.session })),
    expects: () => [{ type: 'assessment.SessionScheduled', where: { sessionId }, count: 1 }],
    appliedBefore: ['SESSION_ALREADY_SCHEDULED'],
  });
  phases.enter('enrolment');
  await log.send({
    label: `enrolment sheet of ${sessionId} (${size} rows)`,
    store: 'assessment',
    command: () =>
      ok(
        assessment.POST('/v1/sessions/{sessionId}/candidates.csv', {
          params: { path },
          ...csvUpload(enrolmentSheet(plan.candidates)),
        }),
      ),
    expects: (): Expectation[] => [
      { type: 'assessment.CandidateEnrolled', where: { sessionId }, count: size },
      { type: 'assessment.SheetAccepted', where: { sessionId, kind: 'enrolments' }, count: 1 },
    ],
  });
  phases.enter('scores');
  await log.send({
    label: `scores sheet of ${sessionId} (${scores.length} rows)`,
    store: 'assessment',
    command: () =>
      ok(
        assessment.POST('/v1/sessions/{sessionId}/scores.csv', { params: { path }, ...csvUpload(scoreSheet(scores)) }),
      ),
    expects: (): Expectation[] => [
      { type: 'assessment.PartScoreRecorded', where: { sessionId }, count: scores.length },
      { type: 'assessment.SheetAccepted', where: { sessionId, kind: 'scores' }, count: 1 },
    ],
  });
  phases.enter('close');
  await log.send({
    label: `close ${sessionId}`,
    store: 'assessment',
    command: () => ok(assessment.POST('/v1/sessions/{sessionId}/close', { params: { path } })),
    expects: () => [
      { type: 'assessment.SessionClosed', where: { sessionId }, count: 1 },
      { type: 'assessment.CandidatePassed', where: { sessionId }, count: passed },
      { type: 'assessment.CandidateFailed', where: { sessionId }, count: size - passed },
    ],
    appliedBefore: ['SESSION_CLOSED'],
  });
}
