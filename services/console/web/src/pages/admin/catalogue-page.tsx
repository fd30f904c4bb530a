import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { CheckField } from '../../ui/check-field.tsx';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { FilterForm } from '../../ui/filter-form.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { adminMessages } from './admin-messages.ts';
import { CatalogueImport } from './catalogue-import.tsx';

type Occupations = Awaited<ReturnType<typeof search>>['items'];
interface Query {
  readonly q: string;
  readonly code: string;
  readonly includeRetired: boolean;
}

const search = ({ q, code, includeRetired }: Query) =>
  ok(
    api.catalogue.GET('/v1/occupations', {
      params: {
        query: { ...(q ? { q } : {}), ...(code ? { code } : {}), includeRetired: String(includeRetired), limit: 100 },
      },
      // The catalogue answers 304 to a revision the browser holds; an import must show at once.
      cache: 'no-store',
    }),
  );

function OccupationRows({ occupations }: { occupations: Occupations }) {
  const t = useMessages(adminMessages);
  const columns: readonly Column<Occupations[number]>[] = [
    { key: 'code', header: t.code, cell: (o) => o.code },
    {
      key: 'name',
      header: t.name,
      cell: (o) => (
        <>
          {o.name}
          {o.matchedWorkTypes.length > 0 ? `（${o.matchedWorkTypes.join('、')}）` : null}
        </>
      ),
    },
    { key: 'standards', header: t.standards, cell: (o) => o.levels.map((n) => t.level(n)).join('、') },
    {
      key: 'kind',
      header: t.kind,
      cell: (o) =>
        [o.newOccupationPublishedOn ? t.newOccupation : '', o.digital ? t.digital : '', o.green ? t.green : '']
          .filter(Boolean)
          .join('、'),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={occupations}
      rowKey={(o) => o.code}
      caption={t.catalogueTitle}
      empty={t.noOccupations}
    />
  );
}

/** The occupation catalogue: search by name, 工种 or code prefix, and its CSV import. */
export default function CataloguePage() {
  const t = useMessages(adminMessages);
  const [query, setQuery] = useState<Query>({ q: '', code: '', includeRetired: false });
  const [occupations, setOccupations] = useState<Occupations>([]);
  const [refusal, setRefusal] = useState<unknown>(null);
  const show = () =>
    search(query).then(
      (answer) => {
        setOccupations(answer.items);
        setRefusal(null);
      },
      (error: unknown) => setRefusal(error),
    );
  useEffect(() => void show(), []);
  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t.catalogueTitle}</h1>
      <p class="lead">{t.catalogueLead}</p>
      <FilterForm label={t.search} submit={t.apply} onSearch={() => void show()}>
        <TextField type="search" label={t.search} value={query.q} onValue={(q) => setQuery({ ...query, q })} />
        <TextField
          label={t.codePrefix}
          value={query.code}
          onValue={(code) => setQuery({ ...query, code })}
          hint="6-31"
        />
        <CheckField
          label={t.includeRetired}
          checked={query.includeRetired}
          onChecked={(includeRetired) => setQuery({ ...query, includeRetired })}
        />
      </FilterForm>
      <ProblemNotice error={refusal} />
      <OccupationRows occupations={occupations} />
      <CatalogueImport onImported={() => void show()} />
    </section>
  );
}
