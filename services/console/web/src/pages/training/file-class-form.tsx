import { FileClassSchema, skillLevel, skillLevelKeys } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, isApiProblem, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { CheckField } from '../../ui/check-field.tsx';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { choicesOf } from '../bases/bases-messages.ts';
import { classMessages } from './class-messages.ts';
import { type ClassDraft, classFieldErrors, classRequest, emptySitting } from './class-request.ts';
import { SittingsFields } from './sittings-fields.tsx';
import { providerPath } from './training-api.ts';
import { brandNames, deliveryModelNames, trainingKindNames } from './training-names.ts';

const empty: ClassDraft = {
  classId: '',
  name: '',
  item: '',
  targetLevel: '',
  kind: 'employment',
  deliveryModel: 'project',
  brand: '',
  capacity: '30',
  subsidised: true,
  sittings: [emptySitting],
};

const certified = skillLevelKeys.filter((key) => key.startsWith('level'));

/** Files a class before it starts (docs/domain.md §7.1), checked with the API's own schema. */
export function FileClassForm(props: { providerId: string; onFiled: () => void }) {
  const t = useMessages(classMessages);
  const kinds = useMessages(trainingKindNames);
  const models = useMessages(deliveryModelNames);
  const brands = useMessages(brandNames);
  const [form, setForm] = useState<ClassDraft>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const field = bindFields(form, setForm, errors);
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone('');
    setProblem(null);
    const checked = FileClassSchema.safeParse(classRequest(form));
    if (!checked.success) return setErrors(classFieldErrors(zodFieldErrors(checked.error)));
    setBusy(true);
    try {
      const path = providerPath(props.providerId);
      await ok(api.training.POST('/v1/providers/{providerId}/classes', { ...path, body: checked.data }));
      setErrors({});
      setDone(t.filed(form.name));
      setForm(empty);
      props.onFiled();
    } catch (error) {
      setProblem(error);
      setErrors(isApiProblem(error) ? classFieldErrors(problemFieldErrors(error)) : {});
    } finally {
      setBusy(false);
    }
  };
  const levels = certified.map((key) => [key, skillLevel(key).label] as const);
  return (
    <form class="form" onSubmit={submit} aria-labelledby="file-class-title" noValidate>
      <h2 id="file-class-title">{t.fileTitle}</h2>
      <TextField label={t.classId} autoComplete="off" {...field('classId')} />
      <TextField label={t.name} {...field('name')} />
      <TextField label={t.item} hint={t.itemHint} autoComplete="off" {...field('item')} />
      <SelectField label={t.targetLevel} anyLabel={t.noLevel} options={levels} {...field('targetLevel')} />
      <SelectField label={t.kind} options={choicesOf(kinds)} {...field('kind')} />
      <SelectField label={t.deliveryModel} options={choicesOf(models)} {...field('deliveryModel')} />
      <SelectField label={t.brand} anyLabel={t.noBrand} options={choicesOf(brands)} {...field('brand')} />
      <TextField label={t.capacity} inputMode="numeric" {...field('capacity')} />
      <CheckField
        label={t.subsidised}
        checked={form.subsidised}
        onChecked={(subsidised) => setForm({ ...form, subsidised })}
      />
      <SittingsFields
        sittings={form.sittings}
        onSittings={(sittings) => setForm({ ...form, sittings })}
        errors={errors}
      />
      <ProblemNotice error={problem} />
      {done ? <p role="status">{done}</p> : null}
      <button type="submit" class="primary" disabled={busy}>
        {t.file}
      </button>
    </form>
  );
}
