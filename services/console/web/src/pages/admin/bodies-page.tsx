import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { bindFields } from '../../ui/field-binding.ts';
import { FilterForm } from '../../ui/filter-form.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { adminMessages } from './admin-messages.ts';
import { RegisterBodyForm } from './register-body-form.tsx';

type Page = Awaited<ReturnType<typeof loadPage>>;
type Body = Page['items'][number];
interface Filters {
  readonly regionCode: string;
  readonly status: '' | 'active' | 'suspended';
  readonly occupationCode: string;
}

const loadPage = (filters: Filters, after?: string) => {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
  return ok(api.assessment.GET('/v1/bodies', { params: { query: { ...query, ...(after ? { after } : {}) } } }));
};

function BodyRows({ bodies }: { bodies: readonly Body[] }) {
  const t = useMessages(adminMessages);
  const columns: readonly Column<Body>[] = [
    {
      key: 'bodyId',
      header: t.bodyId,
      cell: (body) => <a href={`/admin/bodies/${encodeURIComponent(body.bodyId)}`}>{body.bodyId}</a>,
    },
    { key: 'name', header: t.name, cell: (body) => body.name },
    { key: 'region', header: t.region, cell: (body) => body.regionCode },
    {
      key: 'status',
      header: t.status,
      cell: (body) => (
        <>
          <span class={`badge ${body.status === 'active' ? 'badge-ok' : 'badge-bad'}`}>{t[body.status]}</span>
          {body.statusReason ? ` ${body.statusReason}` : null}
        </>
      ),
    },
    {
      key: 'filings',
      header: t.filings,
      cell: (body) => body.filings.map((filing) => filing.occupationCode).join('、'),
    },
  ];
  return (
    <DataTable columns={columns} rows={bodies} rowKey={(body) => body.bodyId} caption={t.bodiesTitle} empty={t.none} />
  );
}

/** The authority's register of evaluation bodies: filters, pages, and registering a new one. */
export default function BodiesPage() {
  const t = useMessages(adminMessages);
  const regions = useRegionChoices();
  const [filters, setFilters] = useState<Filters>({ regionCode: '', status: '', occupationCode: '' });
  const [bodies, setBodies] = useState<readonly Body[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const show = (after?: string) =>
    loadPage(filters, after).then(
      (page) => {
        setBodies((shown) => (after ? [...shown, ...page.items] : page.items));
        setNext(page.next);
        setRefusal(null);
      },
      (error: unknown) => setRefusal(error),
    );
  useEffect(() => void show(), []);
  const field = bindFields(filters, setFilters, {});
  return (
    <section aria-labelledby="bodies-title">
      <h1 id="bodies-title">{t.bodiesTitle}</h1>
      <p class="lead">{t.bodiesLead}</p>
      <FilterForm label={t.filters} submit={t.apply} onSearch={() => void show()}>
        <SelectField label={t.region} {...field('regionCode')} anyLabel={t.allRegions} options={regions} />
        <SelectField
          label={t.status}
          {...field('status')}
          anyLabel={t.anyStatus}
          options={[
            ['active', t.active],
            ['suspended', t.suspended],
          ]}
        />
        <TextField label={t.occupationFiled} {...field('occupationCode')} />
      </FilterForm>
      <ProblemNotice error={refusal} />
      <BodyRows bodies={bodies} />
      {next === null ? null : (
        <button type="button" class="secondary" onClick={() => show(next)}>
          {t.more}
        </button>
      )}
      <RegisterBodyForm onRegistered={() => void show()} />
    </section>
  );
}
