import { ProviderIdSchema } from '@tianfu/contracts/forms';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useMessages } from '../../i18n/messages.ts';
import { FilterForm } from '../../ui/filter-form.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { DirectorySearch } from './directory-search.tsx';
import { officeMessages } from './office-messages.ts';
import { useRegisterColumns } from './register-columns.tsx';
import { RegisterProviderForm } from './register-provider-form.tsx';
import { registerPage } from './training-api.ts';

const officePage = (providerId: string) => `/training/providers/${encodeURIComponent(providerId)}`;

/** 培训机构信息库 for the training office (docs/domain.md §7.1): every provider by status, opening one, registering. */
export default function ProvidersPage() {
  const t = useMessages(officeMessages);
  const registerColumns = useRegisterColumns();
  const { route } = useLocation();
  const [reload, setReload] = useState(0);
  const [wanted, setWanted] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const open = () => {
    const checked = ProviderIdSchema.safeParse(wanted.trim());
    if (!checked.success) return setError(checked.error.issues[0]?.message);
    route(officePage(checked.data));
  };
  return (
    <section aria-labelledby="providers-title">
      <h1 id="providers-title">{t.title}</h1>
      <p>{t.lead}</p>
      <DirectorySearch linkTo={officePage} reload={reload} pageOf={registerPage} statusColumns={registerColumns} />
      <h2>{t.openTitle}</h2>
      <FilterForm label={t.openTitle} submit={t.open} onSearch={open}>
        <TextField label={t.openLabel} value={wanted} onValue={setWanted} error={error} autoComplete="off" />
      </FilterForm>
      <RegisterProviderForm onRegistered={() => setReload(reload + 1)} />
    </section>
  );
}
