import type { EventEnvelope } from '@tianfu/contracts';
import type { CareerPolicy } from '../src/application/career-policy.ts';

/** The policy as a consumer runs it (runs at once, a message alone), pushing each event's id to `handled` once its writes are done. */
export const recordedPolicy = (policy: CareerPolicy, handled: string[]) =>
  Object.assign(
    async (event: EventEnvelope) => {
      await policy(event);
      handled.push(event.eventId);
    },
    {
      handleAll: async (events: readonly EventEnvelope[]) => {
        await policy.handleAll(events);
        handled.push(...events.map((e) => e.eventId));
      },
    },
  );
