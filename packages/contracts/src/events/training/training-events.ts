import { apprenticeshipEvents } from './apprenticeship-events.ts';
import { ClassFiled } from './class-events.ts';
import { enrolmentEvents } from './enrolment-event-list.ts';
import {
  ProviderGraded,
  ProviderRegistered,
  ProviderReinstated,
  ProviderRemoved,
  ProviderSuspended,
} from './provider-events.ts';

/** Every event on tianfu.training.events, for the registry a consumer parses with. */
export const trainingEvents = [
  ProviderRegistered,
  ProviderGraded,
  ProviderSuspended,
  ProviderReinstated,
  ProviderRemoved,
  ClassFiled,
  ...enrolmentEvents,
  ...apprenticeshipEvents,
] as const;
