import { BaseKindSchema, BaseLevelSchema } from '@tianfu/contracts/forms';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { queryValue } from '../../api/query-types.ts';
import { useSession } from '../../auth/session.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { FilterForm } from '../../ui/filter-form.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { type BaseLine, BaseList, listBases } from './base-list.tsx';
import { baseKindNames, baseLevelNames, basesMessages, choicesOf } from './bases-messages.ts';
import { RegisterBaseForm } from './register-base-form.tsx';

/**
 * 技能大师工作室 and training bases (docs/domain.md §4.2, §5.3): listed for the talent office and
 * HR by kind, level and 市(州); registered by the talent office.
 */
export default function BasesPage() {
  const t = useMessages(basesMessages);
  const kinds = useMessages(baseKindNames);
  const levels = useMessages(baseLevelNames);
  const regions = useRegionChoices();
  const { session } = useSession();
  const [filter, setFilter] = useState({ kind: '', level: '', region: '' });
  const [lines, setLines] = useState<readonly BaseLine[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const { kind, level, region } = filter;
      const query = {
        kind: queryValue(BaseKindSchema, kind),
        level: queryValue(BaseLevelSchema, level),
        region: region || undefined,
      };
      setLines(await listBases(query));
      setProblem(null);
    } catch (error) {
      setProblem(error);
    }
  }, [filter]);
  // The list loads once on opening; after that, when the user searches or registers a base.
  useEffect(() => void load(), []);
  const set = (key: keyof typeof filter) => (value: string) => setFilter({ ...filter, [key]: value });
  return (
    <section aria-labelledby="bases-title">
      <h1 id="bases-title">{t.title}</h1>
      <p>{t.lead}</p>
      <FilterForm label={t.filters} submit={t.search} onSearch={() => void load()}>
        <SelectField
          label={t.kind}
          value={filter.kind}
          onValue={set('kind')}
          anyLabel={t.anyKind}
          options={choicesOf(kinds)}
        />
        <SelectField
          label={t.level}
          value={filter.level}
          onValue={set('level')}
          anyLabel={t.anyLevel}
          options={choicesOf(levels)}
        />
        <SelectField
          label={t.region}
          value={filter.region}
          onValue={set('region')}
          anyLabel={t.anyRegion}
          options={regions}
        />
      </FilterForm>
      <ProblemNotice error={problem} />
      {lines === null ? null : <BaseList lines={lines} />}
      {session?.role === 'talent-office' ? <RegisterBaseForm onRegistered={() => void load()} /> : null}
    </section>
  );
}
