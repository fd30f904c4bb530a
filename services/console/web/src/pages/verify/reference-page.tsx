import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TooManyLookups, Verdict } from './verdict.tsx';
import { type VerifyOutcome, verifyByReference } from './verify-api.ts';
import { verifyMessages } from './verify-messages.ts';

/** What a certificate's QR code opens on a phone: the verdict at once, no form. */
export default function ReferencePage({ reference }: { reference: string }) {
  const t = useMessages(verifyMessages);
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    setOutcome(null);
    setFailure(null);
    verifyByReference(reference).then(setOutcome, setFailure);
  }, [reference]);
  return (
    <section aria-labelledby="reference-title">
      <h1 id="reference-title">{t.referenceTitle}</h1>
      {outcome === null && failure === null ? <p aria-busy="true">{t.referenceLoading}</p> : null}
      <ProblemNotice error={failure} />
      {outcome?.kind === 'rate-limited' ? <TooManyLookups limited={outcome} /> : null}
      {outcome?.kind === 'answer' ? <Verdict answer={outcome.answer} /> : null}
      <p>
        <a href="/verify">{t.another}</a>
      </p>
    </section>
  );
}
