import type { ComponentType } from 'preact';
import { createContext } from 'preact';
import type { Role, Session } from '../auth/session.tsx';

/** One page of the console. Each page's code loads on demand, when its path is first opened. */
export interface PageRoute {
  /** A preact-iso pattern: `/verify`, `/workers/:workerId`. */
  readonly path: string;
  // biome-ignore lint/suspicious/noExplicitAny: a page takes its own route params as props.
  readonly load: () => Promise<{ default: ComponentType<any> }>;
  /** Who may open it: anyone, or the roles whose tokens its API calls accept. */
  readonly access: 'public' | readonly Role[];
  /** Its entry in the navigation; a page reached from another page has none. */
  readonly nav?: { readonly zh: string; readonly en: string };
}

export const mayOpen = (access: PageRoute['access'], session: Session | null): boolean =>
  access === 'public' || (session !== null && access.includes(session.role));

/** The console's pages (routes.ts), for the navigation and the start page, which routes.ts loads. */
export const PagesContext = createContext<readonly PageRoute[]>([]);
