import {
  clipText,
  competitionEvents,
  createEventRegistry,
  type EventEnvelope,
  eventDispatch,
  findHonour,
  type HonourEarnedData,
} from '@tianfu/contracts';
import { isDomainError } from '@tianfu/decider';
import { serviceCaller } from '@tianfu/service-kit';
import type { TalentCommands } from './talent-commands.ts';

const registry = createEventRegistry([...competitionEvents]);

/**
 * A title earned by a confirmed competition result becomes a grant for the competition's year as
 * the round. A worker who already holds that honour for the year keeps the one grant:
 * a second title in the same round is the "once per round" rule, not an error to retry.
 */
export function competitionPolicy(talent: TalentCommands) {
  const dispatch = eventDispatch(registry, {
    'competition.HonourEarned': (event) => grantEarned(talent, event),
    'competition.CompetitionRegistered': 'ignored',
    'competition.EntrantRegistered': 'ignored',
    'competition.ResultsPublished': 'ignored',
    'competition.ResultCorrected': 'ignored',
    'competition.ContestEventConfirmed': 'ignored',
    'competition.PromotionAwarded': 'ignored',
    'competition.OrganiserGrantSet': 'ignored',
  });
  return async (envelope: EventEnvelope): Promise<void> => {
    await dispatch(envelope);
  };
}

async function grantEarned(
  talent: TalentCommands,
  { eventId, correlationId, data }: EventEnvelope<'competition.HonourEarned', HonourEarnedData>,
): Promise<void> {
  const round = String(data.year);
  const grant = {
    workerId: data.workerId,
    holderName: data.holderName,
    honour: data.honour,
    round,
    grantedOn: data.confirmedOn,
    authority: findHonour(data.honour).conferredBy,
    regionCode: null,
    documentNo: clipText(`${data.competitionName} ${data.contestEventId}`, 100),
    source: { kind: 'competition' as const, competitionId: data.competitionId, sourceEventId: eventId },
  };
  try {
    await talent.grant(grant, serviceCaller('talent-registry', { eventId, correlationId }));
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'HONOUR_ALREADY_GRANTED') throw error;
  }
}
