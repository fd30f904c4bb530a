import { SubsidyBudgetAllocated } from './budget-events.ts';
import { subsidyClaimEvents } from './claim-events.ts';
import { InsurancePeriodRecorded } from './insurance-events.ts';
import { subsidyPaymentBatchEvents } from './payment-batch-events.ts';
import { subsidyRuleSetEvents } from './rule-set-events.ts';

/** Every event on tianfu.subsidy.events, for the registry a consumer parses with. */
export const subsidyEvents = [
  InsurancePeriodRecorded,
  ...subsidyRuleSetEvents,
  ...subsidyClaimEvents,
  ...subsidyPaymentBatchEvents,
  SubsidyBudgetAllocated,
] as const;
