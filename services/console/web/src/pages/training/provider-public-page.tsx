import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { directoryMessages } from './directory-messages.ts';
import { itemsText } from './provider-lines.tsx';
import { type DirectoryLine, directoryLine } from './training-api.ts';
import { gradeNames, nameOf, providerKindNames } from './training-names.ts';

/** A listed provider's public page: who it is, what it may train, its grade in force. */
export default function ProviderPublicPage({ providerId }: { providerId: string }) {
  const t = useMessages(directoryMessages);
  const kinds = useMessages(providerKindNames);
  const grades = useMessages(gradeNames);
  const regions = new Map(useRegionChoices());
  const [line, setLine] = useState<DirectoryLine | null | undefined>(undefined);
  const [problem, setProblem] = useState<unknown>(null);
  useEffect(() => {
    directoryLine(providerId).then(setLine, setProblem);
  }, [providerId]);
  const back = (
    <p>
      <a href="/training/directory">{t.back}</a>
    </p>
  );
  if (problem !== null) return <ProblemNotice error={problem} />;
  if (line === undefined) return <p aria-live="polite">{t.loading}</p>;
  if (line === null)
    return (
      <>
        {back}
        <p class="notice">{t.notListed}</p>
      </>
    );
  return (
    <article aria-labelledby="provider-title">
      {back}
      <h1 id="provider-title">{line.name}</h1>
      <dl class="details">
        <dt>{t.kind}</dt>
        <dd>{nameOf(kinds, line.kind)}</dd>
        <dt>{t.region}</dt>
        <dd>{regions.get(line.regionCode) ?? line.regionCode}</dd>
        <dt>{t.creditCode}</dt>
        <dd>{line.creditCode}</dd>
        <dt>{t.grade}</dt>
        <dd>
          {line.grade
            ? `${nameOf(grades, line.grade.grade)}（${t.gradedBy(line.grade.assessor, line.grade.gradedOn, line.grade.validUntil)}）`
            : t.ungraded}
        </dd>
        <dt>{t.items}</dt>
        <dd>{itemsText(line.items)}</dd>
      </dl>
    </article>
  );
}
