import { useMessages } from '../../i18n/messages.ts';
import { DecisionView } from './decision-view.tsx';
import { subsidyMessages } from './subsidy-messages.ts';
import { claimStatusNames } from './subsidy-names.ts';
import type { Claim } from './subsidy-types.ts';

/** A recorded claim: its automatic decision, and a person's review of it once there is one. */
export function ClaimDetail({ claim, title }: { claim: Claim; title: string }) {
  const t = useMessages(subsidyMessages);
  const statuses = useMessages(claimStatusNames);
  return (
    <>
      <DecisionView decision={claim.decision} title={title} />
      {claim.review ? (
        <p class="notice review-line">{t.reviewedBy(statuses[claim.review.outcome], claim.review.reason)}</p>
      ) : null}
    </>
  );
}
