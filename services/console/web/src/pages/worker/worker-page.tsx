import { skillLevel } from '@tianfu/contracts/forms';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useSession } from '../../auth/session.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { AsOfSlider } from './as-of-slider.tsx';
import { LadderPicture } from './ladder-picture.tsx';
import { ladderSpan } from './ladder-span.ts';
import { LadderStepsTable } from './ladder-steps-table.tsx';
import type { LadderAnswer } from './ladder-types.ts';
import { NextStepView } from './next-step-view.tsx';
import { TrainingRecordView } from './training-record-view.tsx';
import { workerMessages } from './worker-messages.ts';

const readLadder = (workerId: string, asOf?: string): Promise<LadderAnswer> =>
  ok(api.career.GET('/v1/workers/{workerId}/ladder', { params: { path: { workerId }, query: asOf ? { asOf } : {} } }));

/**
 * A worker's ladder: first as it stands today, which fixes the slider's period; each move of the
 * as-of date reads it again as it stood that day (the latest request wins).
 */
function useLadder(workerId: string) {
  const [ladder, setLadder] = useState<LadderAnswer | null>(null);
  const [span, setSpan] = useState<{ from: string; to: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const read = (asOf?: string) => {
    const request = ++latest.current;
    readLadder(workerId, asOf).then(
      (answer) => {
        if (request !== latest.current) return;
        setLadder(answer);
        setError(null);
        if (asOf === undefined) setSpan(ladderSpan(answer));
      },
      (refusal: unknown) => request === latest.current && setError(refusal),
    );
  };
  useEffect(() => read(), [workerId]);
  return { ladder, span, error, read };
}

export default function WorkerPage({ workerId }: { workerId: string }) {
  const t = useMessages(workerMessages);
  const { ladder, span, error, read } = useLadder(workerId);
  const { session } = useSession();
  const [asOf, setAsOf] = useState<string | null>(null);
  const move = (date: string) => {
    setAsOf(date);
    read(date);
  };
  return (
    <section aria-labelledby="worker-title">
      {session?.role === 'hr' ? (
        <p>
          <a href="/talent-pool">{t.back}</a>
        </p>
      ) : null}
      <h1 id="worker-title">{ladder ? t.title(ladder.maskedName ?? t.unnamed) : t.loading}</h1>
      <ProblemNotice error={error} />
      {ladder && span ? (
        <>
          <p>
            {t.highest}: {ladder.highest ? skillLevel(ladder.highest.level).label : t.none} · {t.highSkill}:{' '}
            {ladder.highSkill ? t.yes : t.no}
          </p>
          <AsOfSlider span={span} value={asOf ?? ladder.asOf} onValue={move} />
          <LadderPicture ladder={ladder} span={span} />
          {ladder.occupations.map((o) => (
            <div key={o.occupationCode}>
              <h2>{o.occupationName ?? o.occupationCode}</h2>
              <NextStepView next={o.next} asOf={ladder.asOf} />
            </div>
          ))}
          <h2>{t.steps}</h2>
          <LadderStepsTable ladder={ladder} />
        </>
      ) : null}
      <TrainingRecordView workerId={workerId} />
    </section>
  );
}
