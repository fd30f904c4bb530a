import { SubsidyDecisionSchema } from '@tianfu/contracts/forms';
import { z } from 'zod';
import type { Decision } from './subsidy-types.ts';

const RefusedClaimSchema = z.object({ code: z.literal('CLAIM_REJECTED'), decision: SubsidyDecisionSchema });

/** The decision a refused claim's 422 carries (docs/domain.md §7.10), or null when the answer is another refusal. */
export function refusedDecision(body: unknown): Decision | null {
  const parsed = RefusedClaimSchema.safeParse(body);
  return parsed.success ? parsed.data.decision : null;
}

/** The day a refused claim could be made instead: the latest of its failed rules' days, when every one gives one. */
export function claimableFrom(decision: Decision): string | null {
  const days = decision.checks.filter((check) => check.status === 'failed').map((check) => check.claimableFrom);
  if (days.length === 0 || days.includes(null)) return null;
  return (days as string[]).sort().at(-1) ?? null;
}
