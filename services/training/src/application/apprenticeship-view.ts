import type { WorkerId } from '@tianfu/contracts';
import type { PersonalDataVault } from '@tianfu/service-kit';
import type { ApprenticeshipRecord } from './apprenticeship-commands.ts';

/**
 * An agreement as its provider and the office read it: the three names opened under the
 * apprentice's key (null once erased), the ID number only masked, never the sealed forms.
 */
export async function apprenticeshipView(vault: PersonalDataVault, record: ApprenticeshipRecord) {
  const { apprenticeship: a, revision, applied } = record;
  const workerId = a.workerId as WorkerId;
  const sealed = [a.apprenticeName, a.mentorName, a.teacherName].map((s) => ({ workerId, sealed: s }));
  const [[apprenticeName, mentorName, teacherName], people] = await Promise.all([
    vault.openNames(sealed),
    vault.openMany([workerId]),
  ]);
  const { apprenticeName: _a, mentorName: _m, teacherName: _t, ...terms } = a;
  return {
    ...terms,
    progress: [...a.progress],
    apprentice: { name: apprenticeName ?? null, maskedIdNumber: people.get(workerId)?.maskedIdNumber ?? null },
    mentorName: mentorName ?? null,
    teacherName: teacherName ?? null,
    totalHours: a.progress.reduce((sum, p) => sum + p.hours, 0),
    revision,
    applied,
  };
}
