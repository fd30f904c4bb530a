import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useSession } from '../auth/session.tsx';
import { useLang } from '../i18n/lang.tsx';
import { useMessages } from '../i18n/messages.ts';
import { layoutMessages, roleNames } from './layout-messages.ts';
import { Navigation } from './navigation.tsx';

export function Layout({ children }: { children: ComponentChildren }) {
  const t = useMessages(layoutMessages);
  const roles = useMessages(roleNames);
  const { lang, setLang } = useLang();
  const { session, signOut } = useSession();
  const { path, route } = useLocation();
  const main = useRef<HTMLElement>(null);
  // A new page moves focus to its content, so a keyboard or screen-reader user starts there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [path]);
  const scope = session?.bodyId ?? session?.providerId ?? session?.region ?? session?.workerId?.slice(0, 8) ?? '';
  return (
    <>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header class="site-header">
        <a class="brand" href="/">
          {t.brand}
        </a>
        <Navigation />
        <div class="header-tools">
          <button
            type="button"
            class="link-button"
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            title={t.languageLabel}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t.language}
          </button>
          {session ? (
            <>
              <span class="who">{t.signedInAs(roles[session.role], scope)}</span>
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  signOut();
                  route('/');
                }}
              >
                {t.signOut}
              </button>
            </>
          ) : (
            <a href="/sign-in">{t.signIn}</a>
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">{t.footer}</footer>
    </>
  );
}
