import './subsidy.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isApiProblem } from '../../api/clients.ts';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { chinaDay } from '../../ui/china-time.ts';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { BatchView } from './batch-view.tsx';
import { assembleBatch, batch as readBatch, waitingClaims } from './payment-api.ts';
import { paymentsMessages } from './payments-messages.ts';
import { useSubsidyRegionChoices } from './region-choices.ts';
import { regionName } from './region-name.ts';
import type { Batch, SubsidyRegion } from './subsidy-types.ts';

const today = () => chinaDay(new Date().toISOString());

/** What the office is told when there is no batch to show: none assembled yet, or nothing to pay. */
/** For a batch of today, how many approved claims wait (the queue is today's); null for another day. */
type Absent = { readonly kind: 'not-assembled' } | { readonly kind: 'empty'; readonly waiting: number | null };

/** 拨付 and 追回 (docs/domain.md §7.11): a region's batch of a day, the bank's file, its confirmation, clawbacks. */
export default function PaymentsPage() {
  const t = useMessages(paymentsMessages);
  const { lang } = useLang();
  const regions = useSubsidyRegionChoices();
  const [choice, setChoice] = useState({ region: '510100', day: today() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [shown, setShown] = useState<Batch | null>(null);
  const [absent, setAbsent] = useState<Absent | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const field = bindFields(choice, setChoice, errors);
  // Only the latest step's answer is shown: the first batch read may answer after a later step's.
  const latest = useRef(0);
  const run = async (step: 'open' | 'assemble') => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(choice.day)) return setErrors({ day: t.dayRequired });
    setErrors({});
    setAbsent(null);
    setProblem(null);
    setShown(null);
    const region = choice.region as SubsidyRegion;
    const asked = ++latest.current;
    try {
      const found =
        step === 'open' ? await readBatch(`${region}-${choice.day}`) : await assembleBatch(region, choice.day);
      if (asked === latest.current) setShown(found);
    } catch (error) {
      if (asked !== latest.current) return;
      if (isApiProblem(error) && error.code === 'BATCH_NOT_ASSEMBLED') return setAbsent({ kind: 'not-assembled' });
      if (isApiProblem(error) && error.code === 'BATCH_EMPTY')
        return setAbsent({
          kind: 'empty',
          waiting: choice.day === today() ? (await waitingClaims(region)).claims.length : null,
        });
      setErrors(problemFieldErrors(error));
      setProblem(error);
    }
  };
  useEffect(() => void run('open'), []);
  const name = regionName(choice.region, lang);
  return (
    <section aria-labelledby="payments-title" class="subsidy">
      <h1 id="payments-title">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <form
        class="form"
        aria-label={t.choose}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run('assemble');
        }}
      >
        <SelectField label={t.region} options={regions} {...field('region')} />
        <TextField label={t.day} type="date" hint={t.dayHint} max={today()} {...field('day')} />
        <div class="actions">
          <button type="button" class="secondary" onClick={() => void run('open')}>
            {t.open}
          </button>
          <button type="submit" class="primary">
            {t.assemble}
          </button>
        </div>
      </form>
      <ProblemNotice error={problem} />
      {absent?.kind === 'not-assembled' ? (
        <p class="notice" role="status">
          {t.notAssembled(name, choice.day)}
        </p>
      ) : null}
      {absent?.kind === 'empty' ? (
        <div class="notice batch-empty" role="status">
          <p>{t.batchEmpty(name, choice.day)}</p>
          {absent.waiting === null ? null : (
            <p>{absent.waiting === 0 ? t.noneApproved : t.waitForBudget(absent.waiting)}</p>
          )}
        </div>
      ) : null}
      {shown === null ? null : <BatchView key={shown.batchId} batch={shown} onChanged={setShown} />}
    </section>
  );
}
