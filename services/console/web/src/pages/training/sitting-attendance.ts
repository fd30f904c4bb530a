import type { ClassRecord, Enrollee } from './training-api.ts';

type Sitting = ClassRecord['sittings'][number];

/** A trainee counted at a sitting: the hours it counts for them and when they signed in. */
export interface Present {
  readonly enrolmentId: string;
  readonly name: string | null;
  readonly hours: number;
  readonly signedAt: string | null;
}

/** One dated sitting with who attended it (counted hours above 0) and the hours counted in all. */
export interface SittingRow {
  readonly sitting: Sitting;
  readonly present: readonly Present[];
  readonly countedHours: number;
}

/** The roster turned sitting by sitting (docs/domain.md §7.4): a voided sign-in counts no one. */
export function sittingRows(sittings: readonly Sitting[], trainees: readonly Enrollee[]): SittingRow[] {
  return sittings.map((sitting) => {
    const present = trainees.flatMap((trainee) => {
      const at = trainee.sittings.find((s) => s.sittingId === sitting.sittingId);
      if (at === undefined || at.hours <= 0) return [];
      return [{ enrolmentId: trainee.enrolmentId, name: trainee.name, hours: at.hours, signedAt: at.signedAt }];
    });
    return { sitting, present, countedHours: present.reduce((sum, p) => sum + p.hours, 0) };
  });
}
