import { skillLevel, skillLevelKeys } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { api, isApiProblem, ok } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { bindFields } from '../../ui/field-binding.ts';
import { problemFieldErrors } from '../../ui/field-errors.ts';
import { ProblemNotice } from '../../ui/problem-notice.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { CertificateRecord } from './certificate-record.tsx';
import { CertificateTable } from './certificate-table.tsx';
import { officeMessages, statusMessages } from './office-messages.ts';
import { EMPTY_SEARCH, planSearch, type SearchForm } from './office-search.ts';
import type { OfficeCertificate } from './office-types.ts';

interface Found {
  readonly total: number;
  readonly items: readonly OfficeCertificate[];
  readonly next: string | null;
  readonly body: Record<string, unknown>;
}

// The API names the ID number inside its document; the form names it alone.
const formFieldErrors = (error: unknown): Record<string, string> => {
  if (!isApiProblem(error)) return {};
  const errors = problemFieldErrors(error);
  return { ...errors, ...(errors['document.idNumber'] ? { idNumber: errors['document.idNumber'] } : {}) };
};

/** The certificate office: find a certificate, read its record, and change its status with a reason. */
export default function CertificateOfficePage() {
  const t = useMessages(officeMessages);
  const statuses = useMessages(statusMessages);
  const [form, setForm] = useState<SearchForm>(EMPTY_SEARCH);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [found, setFound] = useState<Found | null>(null);
  const [open, setOpen] = useState<OfficeCertificate | null>(null);
  const field = bindFields(form, setForm, errors);

  const run = async (body: Record<string, unknown>, after: string | null) => {
    const page = await ok(
      api.certification.POST('/v1/certificates/search', { body: { ...body, ...(after ? { after } : {}) } as never }),
    );
    setFound({ ...(page as Omit<Found, 'body'>), body });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const planned = planSearch(form);
    setFailure(null);
    if ('errors' in planned) return setErrors(planned.errors);
    setErrors({});
    setOpen(null);
    try {
      if (planned.plan.kind === 'number') {
        const params = { path: { certificateNo: planned.plan.certificateNo } };
        const record = (await ok(
          api.certification.GET('/v1/certificates/{certificateNo}', { params }),
        )) as OfficeCertificate;
        setFound({ total: 1, items: [record], next: null, body: {} });
        setOpen(record);
      } else await run(planned.plan.body, null);
    } catch (error) {
      setErrors(formFieldErrors(error));
      setFailure(error);
    }
  };

  return (
    <section aria-labelledby="office-title">
      <h1 id="office-title">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <form class="form" onSubmit={submit} aria-label={t.search}>
        <TextField label={t.certificateNo} autoComplete="off" spellcheck={false} {...field('certificateNo')} />
        <TextField label={t.idNumber} hint={t.idNumberHint} autoComplete="off" {...field('idNumber')} />
        <TextField label={t.bodyId} autoComplete="off" {...field('bodyId')} />
        <TextField label={t.occupationCode} placeholder="6-31-01-03" autoComplete="off" {...field('occupationCode')} />
        <SelectField
          label={t.status}
          anyLabel={t.any}
          options={(['valid', 'suspended', 'revoked'] as const).map((s) => [s, statuses[s]])}
          {...field('status')}
        />
        <SelectField
          label={t.level}
          anyLabel={t.any}
          options={skillLevelKeys.map((level) => [level, skillLevel(level).label])}
          {...field('level')}
        />
        <button type="submit" class="primary">
          {t.search}
        </button>
      </form>
      <ProblemNotice error={failure} />
      {found ? (
        <>
          <p role="status">{found.total === 0 ? t.none : t.found(found.total)}</p>
          <CertificateTable items={found.items} onOpen={setOpen} />
          {found.next ? (
            <button type="button" class="secondary" onClick={() => run(found.body, found.next).catch(setFailure)}>
              {t.more}
            </button>
          ) : null}
        </>
      ) : null}
      {open ? (
        <CertificateRecord
          initial={open}
          onChanged={(changed) =>
            setFound(
              found && {
                ...found,
                items: found.items.map((item) => (item.certificateNo === changed.certificateNo ? changed : item)),
              },
            )
          }
        />
      ) : null}
    </section>
  );
}
