import { isEventContractError } from '@tianfu/contracts';
import { type ConsumedMessage, parseEnvelope } from '@tianfu/messaging';
import type { ProjectedEvent } from '../../domain/projected-event.ts';
import { projectEnvelope } from '../career-policy.ts';

export type ReplayedMessage =
  | { readonly kind: 'projected'; readonly event: ProjectedEvent }
  | { readonly kind: 'ignored' }
  /** Broke its contract: the live consumer dead-lettered it; the replay leaves it out too. */
  | { readonly kind: 'invalid' };

/** What one replayed message adds; the `type` header lets the many events the projection ignores go unparsed. */
export function replayedMessage(message: ConsumedMessage): ReplayedMessage {
  const type = message.headers.type;
  if (type !== undefined && !projectEnvelope.handles(type)) return { kind: 'ignored' };
  const parsed = parseEnvelope(message.value);
  if (!parsed.ok) return { kind: 'invalid' };
  try {
    const event = projectEnvelope(parsed.event);
    return event === null ? { kind: 'ignored' } : { kind: 'projected', event };
  } catch (error) {
    if (isEventContractError(error)) return { kind: 'invalid' };
    throw error;
  }
}
