import type { TrainingTargetGroup, WorkerId } from '@tianfu/contracts';
import type { PersonalDataVault } from '@tianfu/service-kit';
import { attendedHours, sittingHours } from '../domain/completion.ts';
import type { Roster, Trainee } from '../domain/roster-state.ts';
import type { Voucher } from '../domain/voucher.ts';
import type { RosterResult } from './roster-commands.ts';

/** How many events of each type a command appended, and whether it changed anything. */
export function rosterReceipt(classId: string, { emitted, revision }: Pick<RosterResult, 'emitted' | 'revision'>) {
  const events: Record<string, number> = {};
  for (const type of emitted) events[type] = (events[type] ?? 0) + 1;
  return { classId, applied: emitted.length > 0, events, revision };
}

/** The trainees with their names and groups opened under their keys (null once erased); one key read for all. */
export async function enrolmentViews(
  vault: PersonalDataVault,
  { roster, facts }: Pick<RosterResult, 'roster' | 'facts'>,
) {
  const trainees: Trainee[] = [...roster.trainees.values()];
  const workers = trainees.map((t) => t.workerId as WorkerId);
  const [names, groups, people] = await Promise.all([
    vault.openNames(trainees.map((t, i) => ({ workerId: workers[i] as WorkerId, sealed: t.holderName }))),
    vault.openTargetGroups(trainees.map((t, i) => ({ workerId: workers[i] as WorkerId, sealed: t.targetGroups }))),
    vault.openMany(workers),
  ]);
  return trainees.map((t, i) => ({
    enrolmentId: t.enrolmentId,
    workerId: t.workerId,
    name: names[i] ?? null,
    maskedIdNumber: people.get(t.workerId as WorkerId)?.maskedIdNumber ?? null,
    targetGroups: (groups[i] ?? null) as TrainingTargetGroup[] | null,
    voucherId: t.voucherId,
    attendedHours: attendedHours(facts, roster, t.workerId),
    sittings: sittingHours(facts, roster, t.workerId),
    outcome: t.outcome,
  }));
}

export const traineeOf = (roster: Roster, workerId: string): Trainee | undefined => {
  const enrolmentId = roster.enrolmentByWorker.get(workerId);
  return enrolmentId === undefined ? undefined : roster.trainees.get(enrolmentId);
};

export const voucherView = ({ issuedAt: _issuedAt, redeemedFor, ...voucher }: Voucher) => ({
  ...voucher,
  redeemedFor:
    redeemedFor === null
      ? null
      : { classId: redeemedFor.classId, providerId: redeemedFor.providerId, redeemedAt: redeemedFor.redeemedAt },
});
