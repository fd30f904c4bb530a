import { useEffect, useState } from 'preact/hooks';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { type CompetitionView, type ContestEventView, loadCompetition } from './competition-api.ts';
import { competitionLabels } from './competition-labels.ts';
import { competitionMessages } from './competition-messages.ts';
import { contestEventMessages } from './contest-event-messages.ts';
import { ContestEventSection } from './contest-event-section.tsx';
import './competition.css';

/** A competition: its issuer and rule set, and each contest event's entrants, results and confirmation. */
export default function CompetitionPage({ competitionId }: { competitionId: string }) {
  const t = useMessages(contestEventMessages);
  const list = useMessages(competitionMessages);
  const labels = competitionLabels(useLang().lang);
  const [competition, setCompetition] = useState<CompetitionView | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const reload = () =>
    loadCompetition(competitionId).then(
      (loaded) => {
        setCompetition(loaded);
        setProblem(null);
      },
      (error) => setProblem(error),
    );
  useEffect(() => void reload(), [competitionId]);
  const changed = (next?: ContestEventView) => {
    if (next === undefined || competition === null) return void reload();
    const contestEvents = competition.contestEvents.map((e) => (e.contestEventId === next.contestEventId ? next : e));
    setCompetition({ ...competition, contestEvents });
  };
  if (competition === null) return <ProblemNotice error={problem} />;
  const { ruleSet, issuingBody } = competition;
  return (
    <section aria-labelledby="competition-title">
      <p>
        <a href="/competitions">{list.title}</a>
      </p>
      <h1 id="competition-title">{competition.name}</h1>
      <dl class="competition-facts">
        <dt>{list.tier}</dt>
        <dd>
          {labels.tier(competition.tier)} · {competition.year}
        </dd>
        <dt>{t.issuingBody}</dt>
        <dd>
          {issuingBody.bodyName}（{issuingBody.filingNo}）
        </dd>
        <dt>{t.ruleSet}</dt>
        <dd>
          {ruleSet.title} {ruleSet.unconfirmed ? t.unconfirmedRules : ''}{' '}
          {ruleSet.onePromotionPerYear ? `· ${t.onePerYear}` : ''}
        </dd>
      </dl>
      <ProblemNotice error={problem} />
      {competition.contestEvents.map((contestEvent) => (
        <ContestEventSection
          key={contestEvent.contestEventId}
          competitionId={competitionId}
          contestEvent={contestEvent}
          onChanged={changed}
        />
      ))}
    </section>
  );
}
