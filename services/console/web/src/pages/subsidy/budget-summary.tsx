import { useMessages } from '../../i18n/messages.ts';
import { budgetMessages } from './budget-messages.ts';
import { yuanText } from './money.ts';
import { subsidyMessages } from './subsidy-messages.ts';
import type { RegionTotals } from './subsidy-types.ts';

/** A region's 专账资金 of a year at a glance: allocated, used, left, and the approved claims not yet paid. */
export function BudgetSummary({ title, totals }: { title: string; totals: RegionTotals }) {
  const t = useMessages(budgetMessages);
  const { yuan } = useMessages(subsidyMessages);
  const { budget, waiting } = totals;
  const figures: readonly [string, string, string][] = [
    ['allocated', t.allocated, yuan(yuanText(budget.allocatedFen))],
    ['used', t.used, yuan(yuanText(budget.usedFen))],
    ['left', t.left, yuan(yuanText(budget.leftFen))],
    ['waiting', t.waiting, t.waitingCount(waiting.claims, yuanText(waiting.amountFen))],
  ];
  return (
    <section aria-labelledby="budget-summary" class="budget-summary">
      <h2 id="budget-summary">{title}</h2>
      <dl class="figures">
        {figures.map(([key, label, value]) => (
          <div key={key} data-figure={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {budget.allocatedFen === 0 ? <p class="notice">{t.noBudget}</p> : null}
    </section>
  );
}
