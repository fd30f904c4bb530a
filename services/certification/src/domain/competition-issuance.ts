import { clipText, type EventEnvelope, type PromotionAwardedData } from '@tianfu/contracts';
import { certificateIdFor, type Issuance } from './issuance.ts';

/**
 * The competition path (docs/domain.md §4.1): a confirmed promotion becomes a certificate at the level
 * the competition's rule gave, in the name of the body the result names, dated the day (in China) the
 * confirmation happened in the world (`confirmedOn`), never the day it was recorded or processed.
 */
export function competitionIssuance(
  event: EventEnvelope<'competition.PromotionAwarded', PromotionAwardedData>,
): Issuance {
  const awarded = event.data;
  return {
    certificateId: certificateIdFor(event.eventId),
    workerId: awarded.workerId,
    holderName: awarded.holderName,
    body: awarded.issuingBody,
    occupationCode: awarded.occupationCode,
    workType: awarded.workType,
    level: awarded.level,
    issuedOn: awarded.confirmedOn,
    basis: {
      path: 'competition',
      sourceEventId: event.eventId,
      reference: clipText(
        `${awarded.competitionName} ${awarded.contestEventId} entrant ${awarded.entrantId} (rule ${awarded.ruleId})`,
        300,
      ),
    },
    certificateNo: null,
  };
}
