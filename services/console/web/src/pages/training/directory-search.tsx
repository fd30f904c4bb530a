import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { FilterForm } from '../../ui/filter-form.tsx';
import { OccupationPicker } from '../../ui/occupation-picker.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { choicesOf } from '../bases/bases-messages.ts';
import { directoryMessages } from './directory-messages.ts';
import { ProviderLines } from './provider-lines.tsx';
import { type DirectoryFilter, type DirectoryLine, directoryPage, noDirectoryFilter } from './training-api.ts';
import { gradeNames, providerKindNames } from './training-names.ts';

interface Found {
  readonly lines: readonly DirectoryLine[];
  readonly next: string | null;
}

/** The directory's filters and its providers, a page at a time; `reload` changes when the list may have. */
export function DirectorySearch(props: { linkTo: (providerId: string) => string; reload?: number }) {
  const t = useMessages(directoryMessages);
  const regions = useRegionChoices();
  const kinds = useMessages(providerKindNames);
  const grades = useMessages(gradeNames);
  const [filter, setFilter] = useState<DirectoryFilter>(noDirectoryFilter);
  const [found, setFound] = useState<Found | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const load = async (after?: string) => {
    try {
      const page = await directoryPage(filter, after);
      setFound({ lines: [...(after === undefined ? [] : (found?.lines ?? [])), ...page.items], next: page.next });
      setProblem(null);
    } catch (error) {
      setProblem(error);
    }
  };
  useEffect(() => void load(), [props.reload]);
  const set = (key: keyof DirectoryFilter) => (value: string) => setFilter({ ...filter, [key]: value });
  return (
    <>
      <FilterForm label={t.filters} submit={t.search} onSearch={() => void load()}>
        <SelectField
          label={t.region}
          value={filter.regionCode}
          onValue={set('regionCode')}
          anyLabel={t.anyRegion}
          options={regions}
        />
        <OccupationPicker
          label={t.occupation}
          hint={t.occupationHint}
          value={filter.occupation}
          onValue={set('occupation')}
        />
        <SelectField
          label={t.kind}
          value={filter.kind}
          onValue={set('kind')}
          anyLabel={t.anyKind}
          options={choicesOf(kinds)}
        />
        <SelectField
          label={t.grade}
          value={filter.grade}
          onValue={set('grade')}
          anyLabel={t.anyGrade}
          options={choicesOf(grades)}
        />
      </FilterForm>
      <ProblemNotice error={problem} />
      {found === null ? null : <ProviderLines lines={found.lines} linkTo={props.linkTo} />}
      {found?.next ? (
        <button type="button" class="secondary" onClick={() => void load(found.next ?? undefined)}>
          {t.more}
        </button>
      ) : null}
    </>
  );
}
