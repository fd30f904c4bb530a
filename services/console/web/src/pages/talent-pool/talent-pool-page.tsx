import { useEffect, useState } from 'preact/hooks';
import { isApiProblem } from '../../api/clients.ts';
import { useSession } from '../../auth/session.tsx';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { downloadPoolCsv } from './pool-csv.ts';
import { PoolFacets } from './pool-facets.tsx';
import { emptyFilter, type PoolFilter, poolFilterSchema } from './pool-filter.ts';
import { PoolFilterForm } from './pool-filter-form.tsx';
import { usePoolSearch } from './pool-search.ts';
import { PoolTable } from './pool-table.tsx';
import { poolMessages } from './talent-pool-messages.ts';
import './talent-pool.css';

/** The hr talent pool: filters, facet counts, a page of workers at a time, the same search as CSV. */
export default function TalentPoolPage() {
  const t = useMessages(poolMessages);
  const { lang } = useLang();
  const scopedRegion = useSession().session?.region?.slice(0, 4).padEnd(6, '0');
  const [filter, setFilter] = useState<PoolFilter>(() => emptyFilter(scopedRegion));
  const [checkErrors, setCheckErrors] = useState<Record<string, string>>({});
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  const pool = usePoolSearch();
  const search = (next: PoolFilter) => {
    const checked = poolFilterSchema(t).safeParse(next);
    setCheckErrors(checked.success ? {} : zodFieldErrors(checked.error));
    if (checked.success) void pool.search(next);
  };
  useEffect(() => search(filter), []);
  const refused = isApiProblem(pool.error) ? problemFieldErrors(pool.error) : {};
  const errors = { ...refused, ...checkErrors };
  const exportCsv = async () => {
    setExporting(true);
    try {
      await downloadPoolCsv(filter, lang);
      setExportError(null);
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  };
  return (
    <section aria-labelledby="pool-title" class="pool">
      <h1 id="pool-title">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <div class="pool-layout">
        <div>
          <PoolFilterForm
            filter={filter}
            onFilter={setFilter}
            onSearch={() => search(filter)}
            onReset={() => {
              setFilter(emptyFilter(scopedRegion));
              search(emptyFilter(scopedRegion));
            }}
            errors={errors}
            scopedRegion={scopedRegion}
          />
          {pool.page ? (
            <PoolFacets
              page={pool.page}
              filter={filter}
              regionFixed={scopedRegion !== undefined}
              onChoose={(key, value) => {
                const next = { ...filter, [key]: value };
                setFilter(next);
                search(next);
              }}
            />
          ) : null}
        </div>
        <div class="pool-results" aria-live="polite">
          <ProblemNotice error={pool.error} />
          {pool.page ? (
            <>
              <div class="pool-summary">
                <p>{t.results(pool.page.total, pool.pageNumber)}</p>
                <button type="button" class="secondary" onClick={exportCsv} disabled={exporting}>
                  {exporting ? t.exporting : t.exportCsv}
                </button>
              </div>
              <ProblemNotice error={exportError} />
              <PoolTable items={pool.page.items} />
              <nav class="pager" aria-label={t.pages}>
                <button type="button" class="secondary" disabled={pool.pageNumber === 1} onClick={pool.previous}>
                  {t.previous}
                </button>
                <button type="button" class="secondary" disabled={!pool.page.next} onClick={pool.next}>
                  {t.next}
                </button>
              </nav>
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
