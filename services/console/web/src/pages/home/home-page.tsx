import { useContext } from 'preact/hooks';
import { useSession } from '../../auth/session.tsx';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { mayOpen, PagesContext } from '../../layout/page-route.ts';
import { homeMessages } from './home-messages.ts';

/** The start page: what the visitor, or the signed-in user's role, can do here. */
export default function HomePage() {
  const t = useMessages(homeMessages);
  const { lang } = useLang();
  const { session } = useSession();
  const pages = useContext(PagesContext).filter((route) => route.nav !== undefined && mayOpen(route.access, session));
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t.title}</h1>
      <p class="lead">{t.lead}</p>
      {pages.length > 0 ? (
        <>
          <h2>{t.yourPages}</h2>
          <ul class="card-list">
            {pages.map((route) => (
              <li key={route.path}>
                <a class="card" href={route.path}>
                  {route.nav?.[lang]}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {session ? null : <p>{t.signInHint}</p>}
    </section>
  );
}
