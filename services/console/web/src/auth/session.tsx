import type { Role } from '@tianfu/service-kit';
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';

export type { Role };

/** Who is signed in, as the token's claims say; the services check the token itself on every call. */
export interface Session {
  readonly token: string;
  readonly sub: string;
  readonly role: Role;
  readonly bodyId?: string;
  readonly providerId?: string;
  readonly region?: string;
  readonly workerId?: string;
  /** Seconds since the epoch. */
  readonly exp: number;
}

const STORAGE_KEY = 'tianfu.token';

const base64UrlJson = (part: string): unknown =>
  JSON.parse(
    new TextDecoder().decode(Uint8Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))),
  );

/** The session a token stands for, or null when it cannot be read or has expired. */
export function sessionOf(token: string, nowSeconds = Date.now() / 1000): Session | null {
  try {
    const claims = base64UrlJson(token.split('.')[1] ?? '') as Omit<Session, 'token'>;
    if (typeof claims.role !== 'string' || typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return null;
    return { ...claims, token };
  } catch {
    return null;
  }
}

let current: Session | null = null;
/** The token for API calls made outside a component (the API clients read it per request). */
export const currentToken = (): string | undefined => current?.token;

interface SessionState {
  readonly session: Session | null;
  readonly signIn: (token: string) => Session | null;
  readonly signOut: () => void;
}

const SessionContext = createContext<SessionState>({ session: null, signIn: () => null, signOut: () => undefined });

const restore = (): Session | null => {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  current = stored === null ? null : sessionOf(stored);
  return current;
};

/** The signed-in user of this tab: kept in sessionStorage, so closing the tab signs out. */
export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [session, setSession] = useState<Session | null>(restore);
  const signIn = (token: string): Session | null => {
    current = sessionOf(token);
    if (current !== null) sessionStorage.setItem(STORAGE_KEY, token);
    setSession(current);
    return current;
  };
  const signOut = () => {
    current = null;
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
  };
  return <SessionContext.Provider value={{ session, signIn, signOut }}>{children}</SessionContext.Provider>;
}

export const useSession = (): SessionState => useContext(SessionContext);
