import { useEffect, useState } from 'preact/hooks';
import { useSession } from '../../auth/session.tsx';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { FilterForm } from '../../ui/filter-form.tsx';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { type CompetitionLine, grantsOf, listCompetitions } from './competition-api.ts';
import { type CompetitionLabels, competitionLabels } from './competition-labels.ts';
import { competitionMessages } from './competition-messages.ts';
import { RegisterCompetitionForm } from './register-competition-form.tsx';
import './competition.css';

type Texts = (typeof competitionMessages)['zh'];

const columns = (t: Texts, labels: CompetitionLabels): Column<CompetitionLine>[] => [
  {
    key: 'name',
    header: t.competition,
    rowHeader: true,
    cell: (line) => <a href={`/competitions/${encodeURIComponent(line.competitionId)}`}>{line.name}</a>,
  },
  { key: 'tier', header: t.tier, cell: (line) => labels.tier(line.tier) },
  { key: 'year', header: t.year, align: 'end', cell: (line) => line.year },
  {
    key: 'events',
    header: t.contestEvents,
    cell: (line) => (
      <ul class="plain-list">
        {line.contestEvents.map((e) => (
          <li key={e.contestEventId}>
            {e.name}：{labels.status(e.status)} · {t.entrantsCount(e.entrants)}
            {e.promotions > 0 ? ` · ${t.promotionsCount(e.promotions)}` : ''}
          </li>
        ))}
      </ul>
    ),
  },
];

/** The organiser's competitions (the authority sees every one), by year; and registering a new one. */
export default function CompetitionsPage() {
  const t = useMessages(competitionMessages);
  const labels = competitionLabels(useLang().lang);
  const { session } = useSession();
  const [year, setYear] = useState('');
  const [lines, setLines] = useState<readonly CompetitionLine[] | null>(null);
  const [grants, setGrants] = useState<Awaited<ReturnType<typeof grantsOf>> | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const load = () =>
    listCompetitions(/^\d{4}$/.test(year) ? Number(year) : undefined).then(
      (items) => {
        setLines(items);
        setProblem(null);
      },
      (error) => setProblem(error),
    );
  useEffect(() => {
    void load();
    grantsOf(session?.sub ?? '').then(setGrants, () => setGrants([]));
  }, []);
  return (
    <section aria-labelledby="competitions-title">
      <h1 id="competitions-title">{t.title}</h1>
      <p>{t.lead}</p>
      <FilterForm label={t.filters} submit={t.search} onSearch={() => void load()}>
        <TextField label={t.year} hint={t.anyYear} inputMode="numeric" maxLength={4} value={year} onValue={setYear} />
      </FilterForm>
      <ProblemNotice error={problem} />
      {lines === null ? null : (
        <DataTable
          caption={t.title}
          columns={columns(t, labels)}
          rows={lines}
          rowKey={(line) => line.competitionId}
          empty={t.none}
        />
      )}
      {grants === null ? null : (
        <>
          {grants.length === 0 && session?.role !== 'admin' ? <p class="notice">{t.noGrants}</p> : null}
          <RegisterCompetitionForm grants={grants} />
        </>
      )}
    </section>
  );
}
