import { GradeProviderSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { choicesOf } from '../bases/bases-messages.ts';
import { officeMessages } from './office-messages.ts';
import { type ProviderRecord, providerPath } from './training-api.ts';
import { gradeNames, nameOf } from './training-names.ts';

const empty = { grade: 'A', gradedOn: '', assessor: '', validUntil: '' };

/** 等级评估 (docs/domain.md §7.1): a grade with its day, assessor and last valid day. */
export function GradeForm(props: { providerId: string; onGraded: (record: ProviderRecord) => void }) {
  const t = useMessages(officeMessages);
  const grades = useMessages(gradeNames);
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const field = bindFields(form, setForm, errors);
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone('');
    setProblem(null);
    const checked = GradeProviderSchema.safeParse(form);
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    try {
      const path = providerPath(props.providerId);
      const record = await ok(api.training.POST('/v1/providers/{providerId}/grades', { ...path, body: checked.data }));
      setErrors({});
      setDone(t.graded(nameOf(grades, checked.data.grade)));
      setForm(empty);
      props.onGraded(record);
    } catch (error) {
      setProblem(error);
      setErrors(problemFieldErrors(error));
    }
  };
  return (
    <form class="form" onSubmit={submit} aria-labelledby="grade-title" noValidate>
      <h2 id="grade-title">{t.gradeTitle}</h2>
      <SelectField label={t.grade} options={choicesOf(grades)} {...field('grade')} />
      <TextField label={t.gradedOn} type="date" {...field('gradedOn')} />
      <TextField label={t.assessor} {...field('assessor')} />
      <TextField label={t.validUntil} type="date" {...field('validUntil')} />
      <ProblemNotice error={problem} />
      {done ? <p role="status">{done}</p> : null}
      <button type="submit" class="primary">
        {t.gradeSubmit}
      </button>
    </form>
  );
}
