import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { safeReturnPath } from '../../auth/oidc-request.ts';
import { startOidcSignIn } from '../../auth/oidc-sign-in.ts';
import { useMessages } from '../../i18n/messages.ts';
import { DevSignInForm } from './dev-sign-in-form.tsx';
import { signInMessages } from './sign-in-messages.ts';

interface Settings {
  readonly devSignIn: boolean;
  readonly oidcSignIn: boolean;
}

function ProviderSignIn({ returnTo }: { returnTo: string }) {
  const t = useMessages(signInMessages);
  const [failed, setFailed] = useState<string | null>(null);
  const start = async () => {
    const answer = await fetch('/auth/oidc/provider');
    const body = (await answer.json()) as { detail?: string };
    if (!answer.ok) return setFailed(body.detail ?? String(answer.status));
    await startOidcSignIn(body as Parameters<typeof startOidcSignIn>[0], returnTo);
  };
  return (
    <>
      <p>{t.identityProvider}</p>
      <button type="button" class="primary" onClick={start}>
        {t.providerButton}
      </button>
      {failed ? (
        <p class="problem" role="alert">
          {failed}
        </p>
      ) : null}
    </>
  );
}

/** Sign-in: the identity provider's (production) or, locally, a development token for a chosen role and scope. */
export default function SignInPage() {
  const t = useMessages(signInMessages);
  const { query } = useLocation();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    fetch('/console/settings')
      .then((response) => response.json() as Promise<Settings>)
      .then(setSettings, () => setSettings({ devSignIn: false, oidcSignIn: false }));
  }, []);
  if (settings === null) return null;
  const returnTo = safeReturnPath(query.next ?? null);
  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{settings.devSignIn ? t.devTitle : t.title}</h1>
      {settings.oidcSignIn ? <ProviderSignIn returnTo={returnTo} /> : null}
      {settings.devSignIn ? <DevSignInForm returnTo={returnTo} /> : null}
      {settings.oidcSignIn || settings.devSignIn ? null : <p>{t.noSignIn}</p>}
    </section>
  );
}
