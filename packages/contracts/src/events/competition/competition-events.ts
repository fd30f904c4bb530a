import { CompetitionRegistered, EntrantRegistered } from './competition-registration-events.ts';
import { HonourEarned } from './honour-events.ts';
import { OrganiserGrantSet } from './organiser-events.ts';
import { PromotionAwarded } from './promotion-events.ts';
import { ContestEventConfirmed, ResultCorrected, ResultsPublished } from './result-events.ts';

/** Every event on tianfu.competition.events, for the registry a consumer parses with. */
export const competitionEvents = [
  CompetitionRegistered,
  EntrantRegistered,
  ResultsPublished,
  ResultCorrected,
  ContestEventConfirmed,
  PromotionAwarded,
  HonourEarned,
  OrganiserGrantSet,
] as const;
