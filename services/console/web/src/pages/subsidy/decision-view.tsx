import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { levelNames } from '../centre/centre-messages.ts';
import { ClauseText } from './clause-text.tsx';
import { yuanText } from './money.ts';
import { claimableFrom } from './refused-claim.ts';
import { regionName } from './region-name.ts';
import { type WordingNames, wordCheck } from './rule-wording.ts';
import { ruleWordingsEn } from './rule-wording-en.ts';
import { ruleWordingsZh } from './rule-wording-zh.ts';
import { subsidyMessages } from './subsidy-messages.ts';
import { checkRuleNames, checkStatusNames, subsidyKindNames } from './subsidy-names.ts';
import type { Decision, RuleCheck } from './subsidy-types.ts';

const wordings = { zh: ruleWordingsZh, en: ruleWordingsEn } as const;

const outcomeClass = { approved: 'badge-ok', referred: 'badge-warn', rejected: 'badge-bad' } as const;

function Outcome({ decision }: { decision: Decision }) {
  const t = useMessages(subsidyMessages);
  if (decision.outcome === 'approved') {
    return <>{decision.amountFen === null ? t.approvedNoAmount : t.approved(yuanText(decision.amountFen))}</>;
  }
  return <>{decision.outcome === 'referred' ? t.referred : t.rejected}</>;
}

/**
 * The automatic 审核 of a claim (docs/domain.md §7.8), a refused one the same way: the outcome, the
 * rule set used, and every rule as a row — passed or failed, its clause, the plain explanation and,
 * for a failed one, the day the claimant could claim instead.
 */
export function DecisionView({ decision, title }: { decision: Decision; title: string }) {
  const t = useMessages(subsidyMessages);
  const rules = useMessages(checkRuleNames);
  const statuses = useMessages(checkStatusNames);
  const levels = useMessages(levelNames);
  const kinds = useMessages(subsidyKindNames);
  const { lang } = useLang();
  const names: WordingNames = {
    level: (level) => levels[level as keyof typeof levels] ?? level,
    kind: (kind) => kinds[kind],
    region: (code) => regionName(code, lang),
    yuan: (fen) => t.yuan(yuanText(fen)),
  };
  const explained = (c: RuleCheck) => {
    const { text, lang: written } = wordCheck(c, wordings[lang], t.notChecked, names);
    return written === null || written === lang ? text : <span lang={written}>{text}</span>;
  };
  const from = decision.outcome === 'rejected' ? claimableFrom(decision) : null;
  const columns: Column<RuleCheck>[] = [
    { key: 'rule', header: t.rule, cell: (c) => rules[c.rule] ?? c.rule, rowHeader: true },
    {
      key: 'status',
      header: t.status,
      cell: (c) => <span class={`check-${c.status}`}>{statuses[c.status]}</span>,
    },
    { key: 'explanation', header: t.explanation, cell: explained },
    { key: 'clause', header: t.clause, cell: (c) => <ClauseText clause={c.clause} confirmed={c.confirmed} /> },
    { key: 'from', header: t.claimableFromColumn, cell: (c) => c.claimableFrom ?? '' },
  ];
  const { ruleSet } = decision;
  return (
    <section class={`decision decision-${decision.outcome}`} aria-label={title}>
      <h2>{title}</h2>
      <p class={`badge ${outcomeClass[decision.outcome]}`} role="status">
        <Outcome decision={decision} />
      </p>
      {decision.outcome === 'referred' ? <p>{t.referredWhy}</p> : null}
      {decision.outcome === 'rejected' ? (
        <p class="notice claim-from">{from === null ? t.noDayToClaim : t.claimFrom(from)}</p>
      ) : null}
      <p class="field-hint">
        {ruleSet === null
          ? t.noRuleSet
          : t.usedRuleSet(ruleSet.ruleSetId, ruleSet.version, regionName(ruleSet.region, lang))}
        {' · '}
        {t.judgedOn(decision.claimedOn, decision.judgedOn ?? decision.claimedOn)}
      </p>
      <DataTable
        class="checks cards-on-phone"
        columns={columns}
        rows={decision.checks}
        rowKey={(c) => c.rule}
        caption={t.checksCaption}
        rowAttributes={(c) => ({ 'data-rule': c.rule, 'data-status': c.status })}
      />
    </section>
  );
}
