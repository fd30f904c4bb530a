import { demoPeople } from '../people/demo-people.ts';
import { demoProviders } from '../seed/plan-providers.ts';
import { type PlannedApprenticeship, planApprenticeships } from './apprenticeships.ts';
import { type PastClassPlan, planPastClasses } from './past-classes.ts';

export interface TrainingHistory {
  readonly classes: readonly PastClassPlan[];
  readonly apprenticeships: readonly PlannedApprenticeship[];
}

/** The demo's training of 2023–2025, the same on every run: its own people, so no exam candidate is drawn twice. */
export function trainingHistory(): TrainingHistory {
  const people = demoPeople();
  return {
    classes: planPastClasses(demoProviders, people),
    apprenticeships: planApprenticeships(demoProviders, people),
  };
}
