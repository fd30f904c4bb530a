import { givenFilter, type ListedDocument, listingCollection } from '@tianfu/eventstore';
import type { Db } from 'mongodb';
import type { Apprenticeship } from '../domain/apprenticeship.ts';

type Listed = Omit<
  Apprenticeship,
  'apprenticeName' | 'mentorName' | 'teacherName' | 'progress' | 'durationRule' | 'endReason'
>;

/**
 * An agreement as the lists show it: its terms, status and hours, never a name (sealed, opened only
 * on the agreement's own page) nor the free-text reason it ended with.
 */
export interface ApprenticeshipLine extends ListedDocument, Listed {
  readonly totalHours: number;
}

export interface ApprenticeshipQuery {
  readonly providerId?: string | undefined;
  readonly employerCreditCode?: string | undefined;
  readonly status?: Apprenticeship['status'] | undefined;
}

/** The agreements as listed: one document per apprenticeship stream, the latest-starting first. */
export function apprenticeshipList(db: Db) {
  const lines = listingCollection<ApprenticeshipLine>(db.collection('apprenticeship_list'));
  return {
    put(agreement: Apprenticeship, revision: number) {
      const { apprenticeName, mentorName, teacherName, progress, durationRule, endReason, ...listed } = agreement;
      const totalHours = progress.reduce((sum, p) => sum + p.hours, 0);
      return lines.put({ ...listed, totalHours, _id: agreement.apprenticeshipId, revision });
    },
    find: ({ providerId, employerCreditCode, status }: ApprenticeshipQuery) =>
      lines.find(givenFilter({ providerId, 'employer.creditCode': employerCreditCode, status }), {
        startsOn: -1,
        _id: 1,
      }),
  };
}

export type ApprenticeshipList = ReturnType<typeof apprenticeshipList>;
