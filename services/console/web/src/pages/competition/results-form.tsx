import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import type { ContestEventView } from './competition-api.ts';
import { type ResultDraft, resultsRequest } from './competition-drafts.ts';
import { contestEventMessages } from './contest-event-messages.ts';
import { ResultField } from './result-field.tsx';

const blank = (entrantId: string): ResultDraft => ({ entrantId, rank: '', score: '', medal: '', prize: '' });

interface Props {
  readonly competitionId: string;
  readonly contestEvent: ContestEventView;
  readonly onPublished: (contestEvent: ContestEventView) => void;
}

/** 成绩公布: one line per entrant, published once; an error is shown in the line and field it names. */
export function ResultsForm({ competitionId, contestEvent, onPublished }: Props) {
  const t = useMessages(contestEventMessages);
  const { entrants, contestEventId } = contestEvent;
  const [drafts, setDrafts] = useState(() => entrants.map((e) => blank(e.entrantId)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const rows = entrants.map((entrant, index) => ({ entrant, index, draft: drafts[index] ?? blank(entrant.entrantId) }));
  const fieldColumn = (field: 'rank' | 'score' | 'medal' | 'prize'): Column<(typeof rows)[number]> => ({
    key: field,
    header: t[field],
    cell: ({ entrant, index, draft }) => (
      <ResultField
        field={field}
        who={entrant.name ?? entrant.entrantId}
        draft={draft}
        onDraft={(next) => setDrafts(drafts.map((d, i) => (i === index ? next : d)))}
        error={errors[`results.${index}.${field}`]}
      />
    ),
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    setRefusal(null);
    const checked = resultsRequest(contestEventId, drafts);
    if (!checked.ok) return setErrors(checked.errors);
    try {
      const params = { path: { competitionId } };
      onPublished(
        await ok(api.competition.POST('/v1/competitions/{competitionId}/results', { params, body: checked.body })),
      );
    } catch (error) {
      setErrors(problemFieldErrors(error));
      setRefusal(error);
    }
  };
  const titleId = `results-${contestEventId}`;
  return (
    <form onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>{t.resultsTitle}</h3>
      <p>{t.resultsLead}</p>
      <DataTable
        caption={t.resultsTitle}
        class="entrants-table"
        rows={rows}
        rowKey={(row) => row.entrant.entrantId}
        columns={[
          {
            key: 'entrant',
            header: t.entrant,
            rowHeader: true,
            cell: ({ entrant }) => `${entrant.name ?? ''} ${entrant.entrantId}`,
          },
          fieldColumn('rank'),
          fieldColumn('medal'),
          fieldColumn('score'),
          fieldColumn('prize'),
        ]}
      />
      <ProblemNotice error={refusal} />
      <button type="submit" class="primary">
        {t.publish}
      </button>
    </form>
  );
}
