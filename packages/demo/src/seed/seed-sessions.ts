import type { Platform } from '../platform.ts';
import { enrolmentSheet, type Part, type PartScore, scoreSheet } from '../sheets.ts';
import { registrationOf } from './demo-bodies.ts';
import type { OwedCertificates } from './issued-certificates.ts';
import type { PlannedSession } from './plan-sessions.ts';
import type { Tally } from './tally.ts';

const scoresOf = (session: PlannedSession): PartScore[] =>
  session.candidates.flatMap(({ person, scores }) =>
    Object.entries(scores ?? {}).map(([part, score]) => ({
      idNumber: person.document.idNumber,
      part: part as Part,
      score,
    })),
  );

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
  const { assessment } = platform;
  const { bodyId, sessionId } = session.plan;
  const existing = await assessment.session(bodyId, sessionId);
  if (existing?.status === 'closed') {
    tally.add('exam sessions', 'existing');
    tally.add('candidates', 'existing', existing.candidates.enrolled);
    tally.add('passes', 'existing', existing.candidates.passed);
    return;
  }
  if (existing === null) await assessment.scheduleSession(session.plan);
  await assessment.enrolSheet(bodyId, sessionId, enrolmentSheet(session.candidates));
  const scores = scoresOf(session);
  if (scores.length > 0) await assessment.scoreSheet(bodyId, sessionId, scoreSheet(scores));
  const closed = await assessment.closeSession(bodyId, sessionId);
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
