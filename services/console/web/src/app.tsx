import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { SessionProvider } from './auth/session.tsx';
import { LangProvider } from './i18n/lang.tsx';
import { Layout } from './layout/layout.tsx';
import { type PageRoute, PagesContext } from './layout/page-route.ts';
import { RequireAccess } from './layout/require-access.tsx';
import NotFoundPage from './pages/not-found/not-found-page.tsx';
import { routes } from './routes.ts';

const routed = (route: PageRoute) => {
  const Page = lazy(route.load);
  // biome-ignore lint/suspicious/noExplicitAny: route params arrive as props.
  return (props: any) => (
    <RequireAccess access={route.access}>
      <Page {...props} />
    </RequireAccess>
  );
};

const pages = routes.map((route) => ({ path: route.path, component: routed(route) }));

export function App() {
  return (
    <LangProvider>
      <SessionProvider>
        <LocationProvider>
          <PagesContext.Provider value={routes}>
            <Layout>
              <ErrorBoundary>
                <Router>
                  {pages.map(({ path, component }) => (
                    <Route key={path} path={path} component={component} />
                  ))}
                  <Route default component={NotFoundPage} />
                </Router>
              </ErrorBoundary>
            </Layout>
          </PagesContext.Provider>
        </LocationProvider>
      </SessionProvider>
    </LangProvider>
  );
}
