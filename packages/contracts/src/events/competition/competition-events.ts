import { PromotionAwarded } from './promotion-events.ts';

/** Every event on tianfu.competition.events, for the registry a consumer parses with. */
export const competitionEvents = [PromotionAwarded] as const;
