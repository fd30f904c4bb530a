import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { type Indicators, type Measure, type YearChoice, yearsOf } from './indicator-figures.ts';
import { IndicatorSections } from './indicator-sections.tsx';
import { indicatorsMessages, measureNames } from './indicators-messages.ts';
import './indicators.css';

/** The province against the plan (docs/domain.md §5.3): every counted 专栏1 measure, by year and 市(州). */
export default function IndicatorsPage() {
  const t = useMessages(indicatorsMessages);
  const names = useMessages(measureNames);
  const [answer, setAnswer] = useState<Indicators | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [year, setYear] = useState<YearChoice>('all');
  const [measure, setMeasure] = useState<Measure>('newCertificates');
  useEffect(() => {
    ok(api.career.GET('/v1/indicators', { params: { query: {} } })).then(setAnswer, setError);
  }, []);
  return (
    <section aria-labelledby="indicators-title">
      <h1 id="indicators-title">{t.title}</h1>
      {answer ? <p class="lead">{t.lead(answer.plan.title, answer.plan.section)}</p> : null}
      <ProblemNotice error={error} />
      {answer === null ? (
        error === null ? (
          <p aria-live="polite">{t.loading}</p>
        ) : null
      ) : (
        <>
          <fieldset class="indicator-choices">
            <legend>{t.choices}</legend>
            <SelectField
              label={t.year}
              value={year}
              onValue={setYear}
              options={[
                ['all', t.allYears(answer.plan.period.from.slice(0, 4), answer.plan.period.to.slice(0, 4))],
                ...yearsOf(answer).map((y) => [y, y] as const),
              ]}
            />
            <SelectField
              label={t.measure}
              value={measure}
              onValue={(value) => setMeasure(value as Measure)}
              options={answer.targets.map((row) => [row.measure, names[row.measure]])}
            />
          </fieldset>
          <IndicatorSections answer={answer} year={year} measure={measure} />
        </>
      )}
    </section>
  );
}
