import type { RouteEntry } from '@tianfu/service-kit';
import type { Injectable } from '../http-conventions.ts';
import type { ScopedRequest } from './authz-requests.ts';
import type { TokenKind } from './token-kinds.ts';

export interface AuthzSubject {
  readonly app: Injectable & { close(): Promise<unknown>; routeTable: { routes(): readonly RouteEntry[] } };
  /** The HS256 secret the app verifies tokens with, and the clock it judges expiry by. */
  readonly secret: string;
  readonly now: Date;
  /** Path parameters naming the resources the fixture created for the home scope (`HOME`). */
  readonly params: Record<string, string>;
  /** Per route key, the valid request whose scope the service judges past validation. */
  readonly scoped: Record<string, ScopedRequest>;
}

export interface Cell {
  readonly route: RouteEntry;
  readonly kind: TokenKind;
}

export type Answer = Awaited<ReturnType<Injectable['inject']>>;
