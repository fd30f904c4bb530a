import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useSession } from '../auth/session.tsx';
import { useMessages } from '../i18n/messages.ts';
import { layoutMessages, roleNames } from './layout-messages.ts';
import { mayOpen, type PageRoute } from './page-route.ts';

/** A page for some roles only: anyone else is told which roles, with the way to sign in. */
export function RequireAccess({ access, children }: { access: PageRoute['access']; children: ComponentChildren }) {
  const t = useMessages(layoutMessages);
  const roles = useMessages(roleNames);
  const { session } = useSession();
  const { url } = useLocation();
  if (mayOpen(access, session) || access === 'public') return <>{children}</>;
  return (
    <section class="notice" aria-labelledby="access-title">
      <h1 id="access-title">{session ? t.needsRole(access.map((role) => roles[role]).join('、')) : t.needsSignIn}</h1>
      <p>
        <a href={`/sign-in?next=${encodeURIComponent(url)}`}>{t.goSignIn}</a>
      </p>
    </section>
  );
}
