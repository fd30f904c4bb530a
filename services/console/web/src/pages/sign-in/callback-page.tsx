import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { takePendingSignIn } from '../../auth/oidc-sign-in.ts';
import { useSession } from '../../auth/session.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { signInMessages } from './sign-in-messages.ts';

/**
 * Where the identity provider sends the browser back: the tab's pending sign-in and the provider's
 * answer go to the console server, which exchanges the code (docs/adr/0011-console-sign-in.md).
 */
export default function CallbackPage() {
  const t = useMessages(signInMessages);
  const { signIn } = useSession();
  const { route } = useLocation();
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const pending = takePendingSignIn();
    const callback = location.search;
    // The code is spent either way: it leaves the address bar and the history.
    history.replaceState(null, '', '/auth/callback');
    if (pending === null) return setFailure(t.noPending);
    const { returnTo, ...exchange } = pending;
    fetch('/auth/oidc/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...exchange, callback }),
    })
      .then(async (answer) => {
        const body = (await answer.json()) as { token?: string; detail?: string };
        if (answer.ok && body.token && signIn(body.token)) return route(returnTo, true);
        setFailure(body.detail ?? String(answer.status));
      })
      .catch((error: unknown) => setFailure(String(error)));
  }, []);
  return (
    <section aria-labelledby="callback-title">
      <h1 id="callback-title">{failure === null ? t.callbackTitle : t.callbackFailed}</h1>
      {failure === null ? null : (
        <>
          <p class="problem" role="alert">
            {failure}
          </p>
          <a href="/sign-in">{t.again}</a>
        </>
      )}
    </section>
  );
}
