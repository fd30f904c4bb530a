import { AnyCertificateNumberSchema, PersonNameSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { z } from 'zod';
import { isApiProblem } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { TooManyLookups, Verdict } from './verdict.tsx';
import { type VerifyOutcome, verifyByNumber } from './verify-api.ts';
import { verifyMessages } from './verify-messages.ts';

/** The same rules as POST /v1/verify: a number no certificate can have is refused here already. */
const VerifyFormSchema = z.object({ certificateNo: AnyCertificateNumberSchema, name: PersonNameSchema });

/** The public verify page: a certificate number and the holder's name → the verdict, each check apart. */
export default function VerifyPage() {
  const t = useMessages(verifyMessages);
  const [certificateNo, setCertificateNo] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setOutcome(null);
    setFailure(null);
    const checked = VerifyFormSchema.safeParse({ certificateNo, name });
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    setErrors({});
    setBusy(true);
    try {
      setOutcome(await verifyByNumber(checked.data.certificateNo, checked.data.name));
    } catch (error) {
      if (isApiProblem(error)) setErrors(problemFieldErrors(error));
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="verify-title">
      <h1 id="verify-title">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <form class="form" onSubmit={submit} noValidate>
        <TextField
          label={t.certificateNo}
          hint={t.certificateNoHint}
          value={certificateNo}
          onValue={setCertificateNo}
          error={errors.certificateNo}
          name="certificateNo"
          autoComplete="off"
          spellcheck={false}
          required
        />
        <TextField
          label={t.name}
          value={name}
          onValue={setName}
          error={errors.name}
          name="name"
          autoComplete="off"
          required
        />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.checking : t.submit}
        </button>
      </form>
      <ProblemNotice error={failure} />
      {outcome?.kind === 'rate-limited' ? <TooManyLookups limited={outcome} /> : null}
      {outcome?.kind === 'answer' ? <Verdict answer={outcome.answer} /> : null}
    </section>
  );
}
