import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import type { Column } from '../../ui/data-table.tsx';
import { FilterForm } from '../../ui/filter-form.tsx';
import { OccupationPicker } from '../../ui/occupation-picker.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { choicesOf } from '../bases/bases-messages.ts';
import { directoryMessages } from './directory-messages.ts';
import { ProviderLines } from './provider-lines.tsx';
import { type DirectoryFilter, type DirectoryLine, noDirectoryFilter, type ProviderPage } from './training-api.ts';
import { gradeNames, providerKindNames, providerStatusNames } from './training-names.ts';

interface Found<Line> {
  readonly lines: readonly Line[];
  readonly next: string | null;
}

export interface DirectorySearchProps<Line extends DirectoryLine> {
  readonly linkTo: (providerId: string) => string;
  /** Changes when the list may have. */
  readonly reload?: number;
  /** The directory's pages, or the office's register's. */
  readonly pageOf: (filter: DirectoryFilter, after?: string) => Promise<ProviderPage<Line>>;
  /** The register's: a status filter, and these columns (status, reason, date) after the directory's. */
  readonly statusColumns?: readonly Column<Line>[];
}

/** The providers' filters and the providers found, a page at a time. */
export function DirectorySearch<Line extends DirectoryLine>(props: DirectorySearchProps<Line>) {
  const t = useMessages(directoryMessages);
  const regions = useRegionChoices();
  const kinds = useMessages(providerKindNames);
  const grades = useMessages(gradeNames);
  const statuses = useMessages(providerStatusNames);
  const [filter, setFilter] = useState<DirectoryFilter>(noDirectoryFilter);
  const [found, setFound] = useState<Found<Line> | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const load = async (after?: string) => {
    try {
      const page = await props.pageOf(filter, after);
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
        {props.statusColumns ? (
          <SelectField
            label={t.status}
            value={filter.status}
            onValue={set('status')}
            anyLabel={t.anyStatus}
            options={choicesOf(statuses)}
          />
        ) : null}
      </FilterForm>
      <ProblemNotice error={problem} />
      {found === null ? null : (
        <ProviderLines
          lines={found.lines}
          linkTo={props.linkTo}
          extraColumns={props.statusColumns}
          caption={props.statusColumns ? t.registerCaption : t.caption}
          empty={props.statusColumns ? t.registerNone : t.none}
        />
      )}
      {found?.next ? (
        <button type="button" class="secondary" onClick={() => void load(found.next ?? undefined)}>
          {t.more}
        </button>
      ) : null}
    </>
  );
}
