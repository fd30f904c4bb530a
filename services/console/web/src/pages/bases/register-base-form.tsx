import { RegisterBaseSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, isApiProblem, ok } from '../../api/clients.ts';
import { newRequestId } from '../../api/request-id.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { baseKindNames, baseLevelNames, basesMessages, choicesOf } from './bases-messages.ts';

interface BaseForm {
  readonly kind: string;
  readonly name: string;
  readonly level: string;
  readonly regionCode: string;
  readonly industry: string;
  readonly establishedOn: string;
  readonly masterIdNumber: string;
  readonly masterName: string;
}

const empty: BaseForm = {
  kind: 'master-studio',
  name: '',
  level: 'provincial',
  regionCode: '510100',
  industry: '',
  establishedOn: '',
  masterIdNumber: '',
  masterName: '',
};

/** The request the form sends, for the API's schema to check: a master only where one is named (a master studio's). */
function registerBaseRequest(form: BaseForm, baseId: string) {
  const { masterIdNumber, masterName, ...base } = form;
  const named = masterIdNumber.trim() !== '' || masterName.trim() !== '';
  const document = { idType: 'resident-id-card', idNumber: masterIdNumber };
  return { ...base, baseId, master: named ? { document, name: masterName } : null };
}

/** The field a request path names: the master's document and name have their own fields. */
const formField = (errors: Record<string, string>): Record<string, string> => ({
  ...errors,
  masterIdNumber: errors['master.document.idNumber'] ?? '',
  masterName: errors['master.name'] ?? '',
});

/** Registers a studio or base (docs/domain.md §5.3), checked with the API's own schema. */
export function RegisterBaseForm({ onRegistered }: { onRegistered: () => void }) {
  const t = useMessages(basesMessages);
  const kinds = useMessages(baseKindNames);
  const levels = useMessages(baseLevelNames);
  const regions = useRegionChoices();
  const [form, setForm] = useState<BaseForm>(empty);
  const [baseId, setBaseId] = useState(() => newRequestId('base'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState('');
  // One request at a time: a second click while the first is on its way sends nothing.
  const [busy, setBusy] = useState(false);
  const set = (key: keyof BaseForm) => (value: string) => setForm({ ...form, [key]: value });
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone('');
    setProblem(null);
    const checked = RegisterBaseSchema.safeParse(registerBaseRequest(form, baseId));
    if (!checked.success) return setErrors(formField(zodFieldErrors(checked.error)));
    setBusy(true);
    try {
      await ok(api.talentRegistry.POST('/v1/bases', { body: checked.data }));
      setErrors({});
      setDone(t.registered(form.name));
      setForm(empty);
      setBaseId(newRequestId('base'));
      onRegistered();
    } catch (error) {
      setProblem(error);
      setErrors(isApiProblem(error) ? formField(problemFieldErrors(error)) : {});
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form" onSubmit={submit} aria-labelledby="register-base-title" noValidate>
      <h2 id="register-base-title">{t.registerTitle}</h2>
      <SelectField
        label={t.kind}
        value={form.kind}
        onValue={set('kind')}
        options={choicesOf(kinds)}
        error={errors.kind}
      />
      <TextField label={t.name} hint={t.nameHint} value={form.name} onValue={set('name')} error={errors.name} />
      <SelectField
        label={t.level}
        value={form.level}
        onValue={set('level')}
        options={choicesOf(levels)}
        error={errors.level}
      />
      <SelectField
        label={t.region}
        value={form.regionCode}
        onValue={set('regionCode')}
        options={regions}
        error={errors.regionCode}
      />
      <TextField
        label={t.industry}
        hint={t.industryHint}
        value={form.industry}
        onValue={set('industry')}
        error={errors.industry}
      />
      <TextField
        label={t.establishedOn}
        type="date"
        value={form.establishedOn}
        onValue={set('establishedOn')}
        error={errors.establishedOn}
      />
      <TextField
        label={t.masterIdNumber}
        hint={t.masterHint}
        value={form.masterIdNumber}
        onValue={set('masterIdNumber')}
        error={errors.masterIdNumber || undefined}
        autoComplete="off"
        maxLength={18}
      />
      <TextField
        label={t.masterName}
        value={form.masterName}
        onValue={set('masterName')}
        error={errors.masterName || undefined}
        autoComplete="off"
      />
      <ProblemNotice error={problem} />
      {done ? <p role="status">{done}</p> : null}
      <button type="submit" class="primary" disabled={busy}>
        {t.register}
      </button>
    </form>
  );
}
