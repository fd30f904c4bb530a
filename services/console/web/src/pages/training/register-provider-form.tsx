import { RegisterProviderSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, isApiProblem, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { choicesOf } from '../bases/bases-messages.ts';
import { officeMessages } from './office-messages.ts';
import { itemsOf } from './training-items.ts';
import { providerKindNames } from './training-names.ts';

interface ProviderForm {
  readonly providerId: string;
  readonly kind: string;
  readonly name: string;
  readonly creditCode: string;
  readonly regionCode: string;
  readonly items: string;
}

const empty: ProviderForm = {
  providerId: '',
  kind: 'private-training-institution',
  name: '',
  creditCode: '',
  regionCode: '510100',
  items: '',
};

/** An item's error (`items.0.code`) is shown at the one field that holds them all. */
const formErrors = (errors: Record<string, string>): Record<string, string> => {
  const itemError = Object.entries(errors).find(([field]) => field.startsWith('items'))?.[1];
  return itemError === undefined ? errors : { ...errors, items: itemError };
};

/** Registers a provider (docs/domain.md §7.1), checked with the API's own schema (USCC checksum included). */
export function RegisterProviderForm({ onRegistered }: { onRegistered: (providerId: string) => void }) {
  const t = useMessages(officeMessages);
  const kinds = useMessages(providerKindNames);
  const regions = useRegionChoices();
  const [form, setForm] = useState<ProviderForm>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const field = bindFields(form, setForm, errors);
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone('');
    setProblem(null);
    const checked = RegisterProviderSchema.safeParse({ ...form, items: itemsOf(form.items) });
    if (!checked.success) return setErrors(formErrors(zodFieldErrors(checked.error)));
    setBusy(true);
    try {
      await ok(api.training.POST('/v1/providers', { body: checked.data }));
      setErrors({});
      setDone(t.registered(form.name));
      setForm(empty);
      onRegistered(checked.data.providerId);
    } catch (error) {
      setProblem(error);
      setErrors(isApiProblem(error) ? formErrors(problemFieldErrors(error)) : {});
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form" onSubmit={submit} aria-labelledby="register-provider-title" noValidate>
      <h2 id="register-provider-title">{t.registerTitle}</h2>
      <TextField label={t.providerId} hint={t.providerIdHint} autoComplete="off" {...field('providerId')} />
      <SelectField label={t.kind} options={choicesOf(kinds)} {...field('kind')} />
      <TextField label={t.name} {...field('name')} />
      <TextField label={t.creditCode} autoComplete="off" maxLength={18} {...field('creditCode')} />
      <SelectField label={t.region} options={regions} {...field('regionCode')} />
      <TextField label={t.items} hint={t.itemsHint} autoComplete="off" {...field('items')} />
      <ProblemNotice error={problem} />
      {done ? <p role="status">{done}</p> : null}
      <button type="submit" class="primary" disabled={busy}>
        {t.register}
      </button>
    </form>
  );
}
