import { RegisterBodySchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { adminMessages } from './admin-messages.ts';

const empty = { bodyId: '', filingNo: '', name: '', creditCode: '', regionCode: '510100', category: '' };
const categories = ['employer', 'social-organisation', 'technical-college'] as const;

/** 评价机构登记: checked in the form by the API's own schema, then by the API. */
export function RegisterBodyForm({ onRegistered }: { onRegistered: (bodyId: string) => void }) {
  const t = useMessages(adminMessages);
  const regions = useRegionChoices();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const field = bindFields(values, setValues, errors);
  const submit = async (event: Event) => {
    event.preventDefault();
    const { category, ...rest } = values;
    const checked = RegisterBodySchema.safeParse(category === '' ? rest : { ...rest, category });
    setRefusal(null);
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    try {
      await ok(api.assessment.POST('/v1/bodies', { body: checked.data }));
      setErrors({});
      setValues(empty);
      onRegistered(checked.data.bodyId);
    } catch (error) {
      setErrors(problemFieldErrors(error));
      setRefusal(error);
    }
  };
  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="register-title">
      <h2 id="register-title">{t.registerTitle}</h2>
      <TextField label={t.bodyId} {...field('bodyId')} autoComplete="off" required />
      <TextField label={t.name} {...field('name')} required />
      <TextField label={t.filingNo} {...field('filingNo')} autoComplete="off" required hint="Y000051001064" />
      <TextField label={t.creditCode} {...field('creditCode')} autoComplete="off" required />
      <SelectField label={t.region} options={regions} {...field('regionCode')} />
      <SelectField
        label={t.category}
        anyLabel={t.categoryDefault}
        options={categories.map((category) => [category, t[category]])}
        {...field('category')}
      />
      <ProblemNotice error={refusal} />
      <button type="submit" class="primary">
        {t.register}
      </button>
    </form>
  );
}
