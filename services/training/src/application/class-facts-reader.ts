import { type EventStore, foldedStreams } from '@tianfu/eventstore';
import type { ClassFacts } from '../domain/class-facts.ts';
import { type Provider, trainingProvider } from '../domain/provider.ts';
import { type TrainingClass, trainingClass } from '../domain/training-class.ts';
import { classStreamId, providerStreamId } from './training-streams.ts';

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

/** Classes whose provider this process remembers, a bound on memory: a class's provider never changes. */
const REMEMBERED_PROVIDERS = 10_000;

/**
 * The facts of a class by id, or null when no class of that id is filed. The class and its
 * provider are folded in this process and read from the store only for what is new (foldedStreams);
 * a class read before names its provider, so its next read asks for both streams at once.
 */
export function classFactsReader(store: EventStore): (classId: string) => Promise<ClassFacts | null> {
  const classes = foldedStreams(store, trainingClass, classStreamId);
  const providers = foldedStreams(store, trainingProvider, providerStreamId);
  const providerOf = new Map<string, string>();
  const remember = (classId: string, providerId: string) => {
    providerOf.set(classId, providerId);
    const oldest = providerOf.keys().next().value;
    if (providerOf.size > REMEMBERED_PROVIDERS && oldest !== undefined) providerOf.delete(oldest);
  };
  return async (classId) => {
    const known = providerOf.get(classId);
    const [{ state: filed }, early] = await Promise.all([
      classes.read(classId),
      known === undefined ? undefined : providers.read(known),
    ]);
    if (filed === null) return null;
    if (known === undefined) remember(classId, filed.providerId);
    const provider = early ?? (await providers.read(filed.providerId));
    return classFacts(filed, provider.state);
  };
}
