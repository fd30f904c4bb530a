import './subsidy.css';
import { subsidyKinds } from '@tianfu/contracts/forms';
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { FilterForm } from '../../ui/filter-form.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { choicesOf } from '../bases/bases-messages.ts';
import { RuleSetVersion } from './rule-set-version.tsx';
import { ruleSetsMessages } from './rule-sets-messages.ts';
import { ruleSets } from './subsidy-api.ts';
import { subsidyKindNames } from './subsidy-names.ts';
import type { RuleSet } from './subsidy-types.ts';

const byRegionAndVersion = (a: RuleSet, b: RuleSet) =>
  a.region.localeCompare(b.region) || a.ruleSetId.localeCompare(b.ruleSetId) || a.version - b.version;

/** 培训补贴 rule sets (docs/domain.md §7.8), public: each kind's versions by region, with every parameter's clause. */
export default function RuleSetsPage() {
  const t = useMessages(ruleSetsMessages);
  const kinds = useMessages(subsidyKindNames);
  const regions = useRegionChoices();
  const [filter, setFilter] = useState({ region: '', kind: '', on: '' });
  const [found, setFound] = useState<readonly RuleSet[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const load = async () => {
    try {
      setFound(await ruleSets(filter));
      setProblem(null);
    } catch (error) {
      setProblem(error);
    }
  };
  useEffect(() => void load(), []);
  const set = (key: keyof typeof filter) => (value: string) => setFilter({ ...filter, [key]: value });
  const shownKinds = subsidyKinds.filter((k) => filter.kind === '' || k.code === filter.kind);
  return (
    <section aria-labelledby="rule-sets-title" class="subsidy">
      <h1 id="rule-sets-title">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <FilterForm label={t.filters} submit={t.search} onSearch={() => void load()}>
        <SelectField
          label={t.region}
          value={filter.region}
          onValue={set('region')}
          anyLabel={t.anyRegion}
          options={[['510000', t.wholeProvince], ...regions]}
        />
        <SelectField
          label={t.kind}
          value={filter.kind}
          onValue={set('kind')}
          anyLabel={t.anyKind}
          options={choicesOf(kinds)}
        />
        <TextField label={t.on} hint={t.onHint} type="date" value={filter.on} onValue={set('on')} />
      </FilterForm>
      <ProblemNotice error={problem} />
      {found === null ? null : found.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        shownKinds.map((kind) => {
          const versions = found.filter((s) => s.kinds.includes(kind.code)).sort(byRegionAndVersion);
          return versions.length === 0 ? null : (
            <section key={kind.code} aria-labelledby={`kind-${kind.code}`} class="rule-set-kind">
              <h2 id={`kind-${kind.code}`}>{kinds[kind.code]}</h2>
              {versions.map((s) => (
                <RuleSetVersion key={`${s.ruleSetId}-${s.version}`} ruleSet={s} />
              ))}
            </section>
          );
        })
      )}
    </section>
  );
}
