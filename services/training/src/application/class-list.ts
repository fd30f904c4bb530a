import { type ListedDocument, listingCollection } from '@tianfu/eventstore';
import type { Db } from 'mongodb';
import { classSpan } from '../domain/class-sittings.ts';
import type { TrainingClass } from '../domain/training-class.ts';

/** A class as a provider's list shows it, with its first and last day. */
export interface ClassLine extends ListedDocument, TrainingClass {
  readonly startsOn: string;
  readonly endsOn: string;
}

/** The classes as listed: one document per class stream, a provider's latest-starting first. */
export function classList(db: Db) {
  const lines = listingCollection<ClassLine>(db.collection('class_list'));
  return {
    put: (filed: TrainingClass, revision: number) =>
      lines.put({ ...filed, ...classSpan(filed.sittings), _id: filed.classId, revision }),
    ofProvider: (providerId: string) => lines.find({ providerId }, { startsOn: -1, _id: 1 }),
  };
}

export type ClassList = ReturnType<typeof classList>;
