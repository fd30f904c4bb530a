import { useId } from 'preact/hooks';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { levelNames } from '../centre/centre-messages.ts';
import { ClauseText } from './clause-text.tsx';
import { regionName } from './region-name.ts';
import { type ParameterName, type ParameterRow, parameterRows } from './rule-set-parameters.ts';
import { ruleSetsMessages } from './rule-sets-messages.ts';
import { parameterNames, subsidyKindNames } from './subsidy-names.ts';
import type { RuleSet } from './subsidy-types.ts';

/** One version of a rule set: its region, validity, source, and every parameter with its clause. */
export function RuleSetVersion({ ruleSet }: { ruleSet: RuleSet }) {
  const t = useMessages(ruleSetsMessages);
  const names = useMessages(parameterNames);
  const levels = useMessages(levelNames);
  const kinds = useMessages(subsidyKindNames);
  const { lang } = useLang();
  const rows = parameterRows(ruleSet.parameters, Object.keys(names) as ParameterName[], {
    ...t,
    level: (level) => levels[level as keyof typeof levels] ?? level,
    kind: (kind) => kinds[kind as keyof typeof kinds] ?? kind,
  });
  const columns: Column<ParameterRow>[] = [
    { key: 'name', header: t.parameter, cell: (row) => names[row.name], rowHeader: true },
    { key: 'value', header: t.value, cell: (row) => row.value },
    { key: 'clause', header: t.clause, cell: (row) => <ClauseText clause={row.clause} confirmed={row.confirmed} /> },
  ];
  const id = useId();
  return (
    <article class="rule-set" aria-labelledby={id} data-rule-set={`${ruleSet.ruleSetId}-${ruleSet.version}`}>
      <h3 id={id}>{t.version(regionName(ruleSet.region, lang), ruleSet.ruleSetId, ruleSet.version)}</h3>
      <dl class="details">
        <div>
          <dt>{t.validity}</dt>
          <dd>{t.fromTo(ruleSet.effectiveFrom, ruleSet.effectiveTo)}</dd>
        </div>
        <div>
          <dt>{t.published}</dt>
          <dd>{ruleSet.publishedOn}</dd>
        </div>
        <div>
          <dt>{t.judgedOn}</dt>
          <dd>{ruleSet.judgedOn === 'claim-date' ? t.judgedOnClaim : t.judgedOnCertificate}</dd>
        </div>
        <div>
          <dt>{t.source}</dt>
          <dd>
            <ClauseText clause={ruleSet.source} confirmed />
          </dd>
        </div>
      </dl>
      <DataTable
        class="cards-on-phone"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.name}
        caption={t.parametersCaption(ruleSet.ruleSetId, ruleSet.version)}
      />
    </article>
  );
}
