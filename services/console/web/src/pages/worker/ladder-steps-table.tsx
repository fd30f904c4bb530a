import { useMessages } from '../../i18n/messages.ts';
import { type Column, DataTable } from '../../ui/data-table.tsx';
import type { LadderAnswer, LadderStep, OccupationLadder } from './ladder-types.ts';
import { basisNames, workerMessages } from './worker-messages.ts';

interface StepRow {
  readonly o: OccupationLadder;
  readonly step: LadderStep;
}

/** The picture's steps as a table: readable on any screen and by a screen reader. */
export function LadderStepsTable({ ladder }: { ladder: LadderAnswer }) {
  const t = useMessages(workerMessages);
  const basis = useMessages(basisNames);
  const rows: readonly StepRow[] = ladder.occupations.flatMap((o) => o.steps.map((step) => ({ o, step })));
  const columns: readonly Column<StepRow>[] = [
    { key: 'occupation', header: t.occupation, cell: ({ o }) => o.occupationName ?? o.occupationCode },
    {
      key: 'level',
      header: t.level,
      cell: ({ step }) => (
        <>
          {step.label}
          {step.droppedOn ? <span class="badge badge-bad">{t.dropped(step.droppedOn)}</span> : null}
        </>
      ),
    },
    { key: 'date', header: t.date, cell: ({ step }) => step.date },
    { key: 'source', header: t.source, cell: ({ step }) => basis[step.basis] },
    { key: 'reference', header: t.reference, cell: ({ step }) => step.certificateNo ?? step.reference },
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={({ o, step }) => `${o.occupationCode}-${step.level}`}
      caption={t.steps}
      rowAttributes={({ step }) => ({ class: step.droppedOn ? 'row-dropped' : undefined })}
    />
  );
}
