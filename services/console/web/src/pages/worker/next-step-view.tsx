import { skillLevel } from '@tianfu/contracts/forms';
import { useMessages } from '../../i18n/messages.ts';
import type { NextStep } from './ladder-types.ts';
import { workerMessages } from './worker-messages.ts';

/**
 * The next exam level in one occupation and the §2.3 rule that decides it: the rule, the
 * certificates it counts, what is still missing (the years, until when), and the routes that need
 * evidence the certificates cannot show.
 */
export function NextStepView({ next, asOf }: { next: NextStep | null; asOf: string }) {
  const t = useMessages(workerMessages);
  if (next === null) return <p class="next-step">{t.nextNone}</p>;
  const when = next.eligibleNow
    ? t.eligibleNow
    : next.earliestEligibleOn === null
      ? t.noDate
      : t.eligibleOn(next.earliestEligibleOn);
  return (
    <div class="next-step">
      <p>
        <strong>
          {t.next}: {next.label}
        </strong>{' '}
        — {when}
      </p>
      {next.rule ? (
        <>
          <p>
            {t.rule(next.rule.template, next.rule.standardVersion, next.rule.ruleId)}: <q>{next.rule.text}</q>
          </p>
          {next.rule.counts.length > 0 ? (
            <p>
              {t.counts}:{' '}
              {next.rule.counts
                .map((c) =>
                  `${c.occupationCode} ${skillLevel(c.level).label} ${c.date} ${c.certificateNo ?? ''}`.trim(),
                )
                .join('；')}
            </p>
          ) : null}
          {!next.eligibleNow && next.earliestEligibleOn !== null && next.earliestEligibleOn > asOf ? (
            <p>
              {t.missing}: {t.waitYears(next.earliestEligibleOn)}
            </p>
          ) : null}
        </>
      ) : next.reasonCode !== null ? (
        <p>{t.noRule(next.reasonCode)}</p>
      ) : null}
      {next.needsDeclaredEvidence.length > 0 ? (
        <details>
          <summary>{t.otherRoutes}</summary>
          <ul>
            {next.needsDeclaredEvidence.map((route) => (
              <li key={route.ruleId}>
                <q>{route.text}</q> ({route.ruleId}) — {t.missing}: {route.needs.join('；')}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
