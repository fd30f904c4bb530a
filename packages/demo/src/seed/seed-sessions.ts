import { csvUpload, ok, okOrNull } from '@tianfu/api-client';
import type { Platform } from '../platform.ts';
import { enrolmentSheet, scoreRows, scoreSheet } from '../sheets.ts';
import { registrationOf } from './demo-bodies.ts';
import type { OwedCertificates } from './issued-certificates.ts';
import type { PlannedSession } from './plan-sessions.ts';
import type { Tally } from './tally.ts';

/**
 * One session as a body runs it: scheduled, candidates enrolled by sheet, scores uploaded by sheet,
 * closed (absentees fail). A closed session is left alone; sheets apply once per file, so a session
 * an earlier run left half done is finished.
 */
export async function seedSession(
  platform: Platform,
  session: PlannedSession,
  tally: Tally,
  owed: OwedCertificates,
): Promise<void> {
  const { bodyId, sessionId } = session.plan;
  const { assessment } = platform.body(bodyId);
  const path = { sessionId };
  const existing = await okOrNull(assessment.GET('/v1/sessions/{sessionId}', { params: { path } }));
  if (existing?.status === 'closed') {
    tally.add('exam sessions', 'existing');
    tally.add('candidates', 'existing', existing.candidates.enrolled);
    tally.add('passes', 'existing', existing.candidates.passed);
    return;
  }
  if (existing === null) await ok(assessment.POST('/v1/sessions', { body: session.plan }));
  const enrolments = csvUpload(enrolmentSheet(session.candidates));
  await ok(assessment.POST('/v1/sessions/{sessionId}/candidates.csv', { params: { path }, ...enrolments }));
  const scores = scoreRows(session.candidates);
  if (scores.length > 0) {
    await ok(
      assessment.POST('/v1/sessions/{sessionId}/scores.csv', { params: { path }, ...csvUpload(scoreSheet(scores)) }),
    );
  }
  const closed = await ok(assessment.POST('/v1/sessions/{sessionId}/close', { params: { path } }));
  const planned = session.candidates.filter((c) => c.passed).length;
  if (closed.candidates.passed !== planned) {
    throw new Error(`session ${sessionId}: ${closed.candidates.passed} passed where the plan has ${planned}`);
  }
  tally.add('exam sessions', 'created');
  tally.add('candidates', 'created', closed.candidates.enrolled);
  tally.add('passes', 'created', closed.candidates.passed);
  const year = Number(session.plan.date.slice(0, 4));
  owed.add(registrationOf(session.body).filingNo, year, session.plan.level, closed.candidates.passed);
}
