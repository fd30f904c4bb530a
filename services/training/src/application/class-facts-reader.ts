import type { EventStore } from '@tianfu/eventstore';
import type { ClassFacts } from '../domain/class-facts.ts';
import type { Provider } from '../domain/provider.ts';
import type { TrainingClass } from '../domain/training-class.ts';
import { classStreamId, providerStreamId, readClass, readProvider } from './training-streams.ts';

/** A sitting's day and clock time are China time as filed; the roster judges sign-ins by instants. */
const instantOf = (date: string, time: string): string => `${date}T${time}:00+08:00`;

/** What the roster needs of a filed class and its provider as they stand now. */
export function classFacts(filed: TrainingClass, provider: Provider | null): ClassFacts {
  const { classId, providerId, kind, capacity, sittings } = filed;
  return {
    classId,
    providerId,
    // A class is filed only by a registered provider, so a missing one is as good as removed.
    providerStanding: provider?.status ?? 'removed',
    kind,
    regionCode: provider?.regionCode ?? '510000',
    capacity,
    lateFiled: filed.lateFiling !== undefined,
    sittings: sittings.map((s) => ({
      sittingId: s.sittingId,
      startsAt: instantOf(s.date, s.start),
      endsAt: instantOf(s.date, s.end),
      hours: s.theoryHours + s.practicalHours,
    })),
  };
}

/** The facts of a class by id, or null when no class of that id is filed. */
export async function readClassFacts(store: EventStore, classId: string): Promise<ClassFacts | null> {
  const { state: filed } = await readClass(store, classStreamId(classId));
  if (filed === null) return null;
  const { state: provider } = await readProvider(store, providerStreamId(filed.providerId));
  return classFacts(filed, provider);
}
