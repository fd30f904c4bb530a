import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, ok } from '../../api/clients.ts';
import { type Role, useSession } from '../../auth/session.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { roleNames } from '../../layout/layout-messages.ts';
import { useRegionChoices } from '../../ui/choices.ts';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { signInMessages } from './sign-in-messages.ts';

interface DevTokenAnswer {
  readonly token?: string;
  readonly errors?: ReadonlyArray<{ readonly field: string; readonly message: string }>;
}

/** What scope a role takes (service-kit's devPrincipal): a body, a 市(州), a worker, a training provider, or none. */
const scopeKind = (role: Role): 'body' | 'region' | 'worker' | 'provider' | 'none' =>
  role === 'assessment-body' || role === 'employer'
    ? 'body'
    : role === 'hr'
      ? 'region'
      : role === 'worker'
        ? 'worker'
        : role === 'training-provider'
          ? 'provider'
          : 'none';

function useDirectoryBodies(): readonly { bodyId: string; name: string }[] {
  const [bodies, setBodies] = useState<readonly { bodyId: string; name: string }[]>([]);
  useEffect(() => {
    ok(api.assessment.GET('/v1/directory/bodies', {})).then(
      (answer) => setBodies(answer.items),
      () => setBodies([]),
    );
  }, []);
  return bodies;
}

function ScopeField(props: {
  role: Role;
  scope: string;
  setScope: (scope: string) => void;
  error?: string | undefined;
}) {
  const t = useMessages(signInMessages);
  const regions = useRegionChoices();
  const bodies = useDirectoryBodies();
  const { scope, setScope, error } = props;
  const kind = scopeKind(props.role);
  if (kind === 'none') return <p class="field-hint">{t.noScope}</p>;
  if (kind === 'worker' || kind === 'provider') {
    const label = kind === 'worker' ? t.workerId : t.providerId;
    return <TextField label={label} value={scope} onValue={setScope} error={error} autoComplete="off" />;
  }
  if (kind === 'region')
    return (
      <SelectField
        label={t.region}
        value={scope}
        onValue={setScope}
        anyLabel={t.wholeProvince}
        options={regions}
        error={error}
      />
    );
  return (
    <>
      <SelectField
        label={t.body}
        hint={t.bodyHint}
        value={scope}
        onValue={setScope}
        anyLabel="—"
        options={bodies.map((b) => [b.bodyId, `${b.name}（${b.bodyId}）`])}
        error={error}
      />
      <TextField label={t.bodyId} value={scope} onValue={setScope} autoComplete="off" />
    </>
  );
}

/** Development sign-in: the console server mints a token for the role and scope (absent in production). */
export function DevSignInForm({ returnTo }: { returnTo: string }) {
  const t = useMessages(signInMessages);
  const roles = useMessages(roleNames);
  const { signIn } = useSession();
  const { route } = useLocation();
  const [role, setRole] = useState<Role>('admin');
  const [scope, setScope] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const choose = (next: Role) => {
    setRole(next);
    setScope('');
    setErrors({});
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const response = await fetch('/auth/dev-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(scope.trim() === '' ? { role } : { role, scope: scope.trim() }),
    });
    const body = (await response.json()) as DevTokenAnswer;
    if (response.ok && body.token && signIn(body.token)) return route(returnTo);
    const named: Record<string, string> = {};
    for (const { field, message } of body.errors ?? []) named[field === 'role' ? 'role' : 'scope'] ??= message;
    setErrors(named);
  };
  return (
    <>
      <p>{t.devLead}</p>
      <form class="form" onSubmit={submit} noValidate>
        <SelectField
          label={t.role}
          value={role}
          onValue={(value) => choose(value as Role)}
          options={(Object.keys(roles) as Role[]).map((key) => [key, roles[key]])}
          error={errors.role}
        />
        <ScopeField role={role} scope={scope} setScope={setScope} error={errors.scope} />
        <button type="submit" class="primary">
          {t.submit}
        </button>
      </form>
    </>
  );
}
