import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { directoryMessages } from './directory-messages.ts';
import type { DirectoryLine } from './training-api.ts';
import { gradeNames, nameOf, providerKindNames } from './training-names.ts';

/** What a provider may train, by code: occupations and 专项职业能力 items alike. */
export const itemsText = (items: DirectoryLine['items']): string => items.map((item) => item.code).join('、');

/** Providers as a table, each name a link to `linkTo(providerId)`; the register adds its own columns. */
export function ProviderLines<Line extends DirectoryLine>(props: {
  lines: readonly Line[];
  linkTo: (providerId: string) => string;
  extraColumns?: readonly Column<Line>[] | undefined;
  caption: string;
  empty: string;
}) {
  const t = useMessages(directoryMessages);
  const kinds = useMessages(providerKindNames);
  const grades = useMessages(gradeNames);
  const regions = new Map(useRegionChoices());
  const columns: readonly Column<Line>[] = [
    {
      key: 'name',
      header: t.name,
      rowHeader: true,
      cell: (line) => <a href={props.linkTo(line.providerId)}>{line.name}</a>,
    },
    { key: 'kind', header: t.kind, cell: (line) => nameOf(kinds, line.kind) },
    { key: 'region', header: t.region, cell: (line) => regions.get(line.regionCode) ?? line.regionCode },
    { key: 'grade', header: t.grade, cell: (line) => (line.grade ? nameOf(grades, line.grade.grade) : t.ungraded) },
    { key: 'items', header: t.items, cell: (line) => itemsText(line.items) },
    ...(props.extraColumns ?? []),
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.lines}
      rowKey={(line) => line.providerId}
      caption={props.caption}
      empty={props.empty}
      class="cards-on-phone"
    />
  );
}
