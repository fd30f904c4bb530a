import { useContext } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useSession } from '../auth/session.tsx';
import { useLang } from '../i18n/lang.tsx';
import { useMessages } from '../i18n/messages.ts';
import { layoutMessages } from './layout-messages.ts';
import { mayOpen, PagesContext } from './page-route.ts';

/** The pages the signed-in user (or anyone) may open, the current one marked. */
export function Navigation() {
  const t = useMessages(layoutMessages);
  const { lang } = useLang();
  const { session } = useSession();
  const { path } = useLocation();
  const entries = useContext(PagesContext).filter((route) => route.nav !== undefined && mayOpen(route.access, session));
  if (entries.length === 0) return null;
  return (
    <nav aria-label={t.navigation}>
      <ul class="nav-list">
        {entries.map((route) => (
          <li key={route.path}>
            <a href={route.path} aria-current={route.path === path ? 'page' : undefined}>
              {route.nav?.[lang]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
