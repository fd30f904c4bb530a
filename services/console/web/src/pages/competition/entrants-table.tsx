import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { DataTable } from '../../ui/data-table.tsx';
import type { ContestEventView } from './competition-api.ts';
import { competitionLabels } from './competition-labels.ts';
import { contestEventMessages } from './contest-event-messages.ts';

/** A contest event's entrants, their ID numbers masked, with each one's result once published. */
export function EntrantsTable({ contestEvent }: { contestEvent: ContestEventView }) {
  const t = useMessages(contestEventMessages);
  const labels = competitionLabels(useLang().lang);
  const resultOf = (entrantId: string) => contestEvent.results?.find((r) => r.entrantId === entrantId);
  const results = contestEvent.results === null ? [] : ['rank', 'medal', 'score', 'prize'];
  type Entrant = ContestEventView['entrants'][number];
  const resultColumns = results.map((key) => ({
    key,
    header: t[key as 'rank'],
    align: key === 'rank' || key === 'score' ? ('end' as const) : ('start' as const),
    cell: (entrant: Entrant) => {
      const result = resultOf(entrant.entrantId);
      if (key === 'medal') return labels.medal(result?.medal ?? null);
      return result?.[key as 'rank' | 'score' | 'prize'] ?? '—';
    },
  }));
  return (
    <DataTable
      caption={t.entrants}
      captionVisible
      class="entrants-table"
      empty={t.noEntrants}
      rows={contestEvent.entrants}
      rowKey={(entrant) => entrant.entrantId}
      columns={[
        { key: 'entrantId', header: t.entrantId, rowHeader: true, cell: (e) => e.entrantId },
        { key: 'name', header: t.name, cell: (e) => e.name ?? '—' },
        { key: 'idNumber', header: t.idNumber, cell: (e) => e.maskedIdNumber ?? '—' },
        { key: 'heldLevel', header: t.heldLevel, cell: (e) => labels.level(e.heldLevel) },
        ...(contestEvent.teamSize > 1
          ? [{ key: 'team', header: t.teamId, cell: (e: Entrant) => e.teamId ?? '—' }]
          : []),
        ...resultColumns,
      ]}
    />
  );
}
