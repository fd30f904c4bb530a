import {
  HonourCodeSchema,
  PersonNameSchema,
  ResidentIdNumberSchema,
  SichuanRegionCodeSchema,
} from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { z } from 'zod';
import { api, isApiProblem, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useHonourChoices, useRegionChoices } from '../../ui/choices.ts';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { honoursMessages } from './honours-messages.ts';

// The rules the API checks the same fields by (contracts' schemas), so the form refuses what it would.
const GrantFormSchema = z.object({
  idNumber: ResidentIdNumberSchema,
  name: PersonNameSchema,
  honour: HonourCodeSchema,
  round: z.string().trim().min(1).max(50),
  grantedOn: z.iso.date(),
  regionCode: SichuanRegionCodeSchema,
  authority: z.string().trim().min(1).max(200),
  documentNo: z.string().trim().min(1).max(100),
});
type GrantForm = z.input<typeof GrantFormSchema>;

const empty: GrantForm = {
  idNumber: '',
  name: '',
  honour: 'sichuan-technical-expert',
  round: '',
  grantedOn: '',
  regionCode: '510100',
  authority: '四川省人力资源和社会保障厅',
  documentNo: '',
};

/** Grants an honour by the worker's ID number and name; every refusal shown at the field it names. */
export function HonourGrantForm({ onGranted }: { onGranted: () => void }) {
  const t = useMessages(honoursMessages);
  const honours = useHonourChoices();
  const regions = useRegionChoices();
  const [form, setForm] = useState<GrantForm>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const field = bindFields(form, setForm, errors);
  const submit = async (event: Event) => {
    event.preventDefault();
    setDone('');
    const checked = GrantFormSchema.safeParse(form);
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    const { idNumber, ...grant } = checked.data;
    const body = { ...grant, document: { idType: 'resident-id-card' as const, idNumber } };
    try {
      await ok(api.talentRegistry.POST('/v1/honours/grants', { body }));
      setErrors({});
      setProblem(null);
      setDone(t.granted(grant.name));
      setForm(empty);
      onGranted();
    } catch (error) {
      setProblem(error);
      if (isApiProblem(error))
        setErrors({ ...problemFieldErrors(error), idNumber: problemFieldErrors(error)['document.idNumber'] ?? '' });
    }
  };
  return (
    <form class="form" onSubmit={submit} aria-labelledby="grant-title" noValidate>
      <h2 id="grant-title">{t.grantTitle}</h2>
      <TextField label={t.idNumber} {...field('idNumber')} autoComplete="off" maxLength={18} />
      <TextField label={t.name} {...field('name')} autoComplete="off" />
      <SelectField label={t.honour} options={honours} {...field('honour')} />
      <TextField label={t.round} {...field('round')} />
      <TextField label={t.grantedOn} type="date" {...field('grantedOn')} />
      <SelectField label={t.region} options={regions} {...field('regionCode')} />
      <TextField label={t.authority} {...field('authority')} />
      <TextField label={t.documentNo} {...field('documentNo')} />
      <ProblemNotice error={problem} />
      {done ? <p role="status">{done}</p> : null}
      <button type="submit" class="primary">
        {t.grant}
      </button>
    </form>
  );
}
