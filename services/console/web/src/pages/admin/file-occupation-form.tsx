import { FilingRequestSchema, OccupationCodeSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { problemFieldErrors, zodFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { adminMessages } from './admin-messages.ts';

type Occupation = Awaited<ReturnType<typeof loadOccupation>>;
const loadOccupation = (code: string) =>
  ok(api.catalogue.GET('/v1/occupations/{code}', { params: { path: { code } } }));

const levelKey = (n: number) => `level${n}` as 'level1';

/** 备案: an occupation of the catalogue, one of its standard versions in force, and the levels to assess. */
export function FileOccupationForm({ bodyId, onFiled }: { bodyId: string; onFiled: () => void }) {
  const t = useMessages(adminMessages);
  const [code, setCode] = useState('');
  const [occupation, setOccupation] = useState<Occupation | null>(null);
  const [version, setVersion] = useState('');
  const [levels, setLevels] = useState<readonly string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const standards = occupation?.standards.filter((s) => s.retiredOn === null && s.supersededOn === null) ?? [];
  const standard = standards.find((s) => s.version === version);
  const find = async () => {
    const checked = OccupationCodeSchema.safeParse(code);
    if (!checked.success) return setErrors({ occupationCode: checked.error.issues[0]?.message ?? '' });
    setErrors({});
    setRefusal(null);
    try {
      const found = await loadOccupation(checked.data);
      setOccupation(found);
      setVersion(found.standards.find((s) => s.retiredOn === null && s.supersededOn === null)?.version ?? '');
      setLevels([]);
    } catch (error) {
      setOccupation(null);
      setRefusal(error);
    }
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = FilingRequestSchema.safeParse({ standardVersion: version, levels });
    if (!checked.success || occupation === null) return setErrors(checked.error ? zodFieldErrors(checked.error) : {});
    try {
      const path = { bodyId, occupationCode: occupation.code };
      await ok(
        api.assessment.PUT('/v1/bodies/{bodyId}/occupations/{occupationCode}', {
          params: { path },
          body: checked.data,
        }),
      );
      setOccupation(null);
      setCode('');
      setErrors({});
      setRefusal(null);
      onFiled();
    } catch (error) {
      setErrors(problemFieldErrors(error));
      setRefusal(error);
    }
  };
  const toggle = (key: string) => setLevels(levels.includes(key) ? levels.filter((l) => l !== key) : [...levels, key]);
  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="file-title">
      <h2 id="file-title">{t.fileTitle}</h2>
      <TextField
        label={t.occupationCode}
        value={code}
        onValue={setCode}
        error={errors.occupationCode}
        hint="6-31-01-03"
      />
      <button type="button" class="secondary" onClick={find}>
        {t.findOccupation}
      </button>
      {occupation === null ? null : (
        <>
          <p>
            {occupation.code} {occupation.name}
          </p>
          <SelectField
            label={t.standardVersion}
            value={version}
            onValue={setVersion}
            options={standards.map((s) => [s.version, `${s.version} ${s.title}`])}
            error={errors.standardVersion}
          />
          <fieldset class={`field${errors.levels ? ' field-invalid' : ''}`}>
            <legend>{t.levels}</legend>
            {(standard?.levels ?? []).map((n) => (
              <label key={n}>
                <input type="checkbox" checked={levels.includes(levelKey(n))} onChange={() => toggle(levelKey(n))} />{' '}
                {t.level(n)}
              </label>
            ))}
            {errors.levels ? <p class="field-error">{errors.levels}</p> : null}
          </fieldset>
          <button type="submit" class="primary">
            {t.file}
          </button>
        </>
      )}
      <ProblemNotice error={refusal} />
    </form>
  );
}
