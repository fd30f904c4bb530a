import './subsidy.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { chinaDay } from '../../ui/china-time.ts';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { FilterForm } from '../../ui/filter-form.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { AllocateForm } from './allocate-form.tsx';
import { budgetMessages } from './budget-messages.ts';
import { BudgetSummary } from './budget-summary.tsx';
import { MoneyByKind, MoneyByMonth } from './money-tables.tsx';
import { regionTotals, waitingClaims } from './payment-api.ts';
import { useSubsidyRegionChoices } from './region-choices.ts';
import { regionName } from './region-name.ts';
import type { RegionTotals, SubsidyRegion, WaitingClaims } from './subsidy-types.ts';
import { WaitingQueue } from './waiting-queue.tsx';

interface Shown {
  readonly totals: RegionTotals;
  readonly waiting: WaitingClaims;
}

const thisYear = () => chinaDay(new Date().toISOString()).slice(0, 4);

/** The subsidy office's budget (docs/domain.md §7.11): a region's 专账资金 of a year, its money, the claims waiting. */
export default function BudgetPage() {
  const t = useMessages(budgetMessages);
  const { lang } = useLang();
  const regions = useSubsidyRegionChoices();
  const [choice, setChoice] = useState({ region: '510100', year: thisYear() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [shown, setShown] = useState<Shown | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const field = bindFields(choice, setChoice, errors);
  // Only the latest request's answer is shown: the first load may answer after a later choice's.
  const latest = useRef(0);
  const load = async () => {
    const year = Number(choice.year);
    if (!/^\d{4}$/.test(choice.year) || year < 2000 || year > 2100) return setErrors({ year: t.yearRule });
    setErrors({});
    const region = choice.region as SubsidyRegion;
    const asked = ++latest.current;
    try {
      const [totals, waiting] = await Promise.all([regionTotals(region, year), waitingClaims(region)]);
      if (asked !== latest.current) return;
      setShown({ totals, waiting });
      setProblem(null);
    } catch (error) {
      if (asked !== latest.current) return;
      setErrors(problemFieldErrors(error));
      setShown(null);
      setProblem(error);
    }
  };
  useEffect(() => void load(), []);
  const name = shown === null ? '' : regionName(shown.totals.region, lang);
  return (
    <section aria-labelledby="budget-title" class="subsidy">
      <h1 id="budget-title">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <FilterForm label={t.choose} submit={t.show} onSearch={() => void load()}>
        <SelectField label={t.region} options={regions} {...field('region')} />
        <TextField label={t.year} inputMode="numeric" maxLength={4} {...field('year')} />
      </FilterForm>
      <ProblemNotice error={problem} />
      {shown === null ? (
        problem === null ? (
          <p>{t.loading}</p>
        ) : null
      ) : (
        <>
          <BudgetSummary title={t.summaryTitle(name, shown.totals.year)} totals={shown.totals} />
          <AllocateForm
            key={`${shown.totals.region}-${shown.totals.year}`}
            region={shown.totals.region}
            regionName={name}
            year={shown.totals.year}
            allocatedFen={shown.totals.budget.allocatedFen}
            onAllocated={() => void load()}
          />
          <section aria-labelledby="money-title">
            <h2 id="money-title">{t.moneyTitle}</h2>
            {shown.totals.months.length === 0 ? (
              <p>{t.noMonths(shown.totals.year)}</p>
            ) : (
              <>
                <MoneyByKind totals={shown.totals} />
                <MoneyByMonth totals={shown.totals} />
              </>
            )}
          </section>
          <WaitingQueue waiting={shown.waiting} />
        </>
      )}
    </section>
  );
}
