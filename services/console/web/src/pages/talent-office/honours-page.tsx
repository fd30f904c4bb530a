import { HonourCodeSchema } from '@tianfu/contracts/forms';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { queryValue } from '../../api/query-types.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useHonourChoices, useRegionChoices } from '../../ui/choices.ts';
import { FilterForm } from '../../ui/filter-form.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { HonourGrantForm } from './honour-grant-form.tsx';
import { type GrantLine, HonourGrantList, listGrants } from './honour-grant-list.tsx';
import { honoursMessages } from './honours-messages.ts';

/** The talent office's honours (docs/domain.md §4.2): the grants by honour, year and 市(州); grant; revoke. */
export default function HonoursPage() {
  const t = useMessages(honoursMessages);
  const honours = useHonourChoices();
  const regions = useRegionChoices();
  const [honour, setHonour] = useState('');
  const [year, setYear] = useState('');
  const [region, setRegion] = useState('');
  const [lines, setLines] = useState<readonly GrantLine[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const query = {
        honour: queryValue(HonourCodeSchema, honour),
        year: year ? Number(year) : undefined,
        region: region || undefined,
      };
      setLines(await listGrants(query));
      setProblem(null);
    } catch (error) {
      setProblem(error);
    }
  }, [honour, year, region]);
  // The list loads once on opening; after that, when the office searches or changes a grant.
  useEffect(() => void load(), []);
  return (
    <section aria-labelledby="honours-title">
      <h1 id="honours-title">{t.title}</h1>
      <p>{t.lead}</p>
      <FilterForm label={t.filters} submit={t.search} onSearch={() => void load()}>
        <SelectField label={t.honour} value={honour} onValue={setHonour} anyLabel={t.anyHonour} options={honours} />
        <TextField label={t.year} inputMode="numeric" maxLength={4} value={year} onValue={setYear} />
        <SelectField label={t.region} value={region} onValue={setRegion} anyLabel={t.anyRegion} options={regions} />
      </FilterForm>
      <ProblemNotice error={problem} />
      {lines === null ? null : <HonourGrantList lines={lines} onChanged={() => void load()} />}
      <HonourGrantForm onGranted={() => void load()} />
    </section>
  );
}
