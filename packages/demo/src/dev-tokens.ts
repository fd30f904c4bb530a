import { DEV_JWT_SECRET, type Principal, signToken } from '@tianfu/service-kit';

/** Who a token speaks for: a role, and the body, provider or region it is scoped to (README "Development"). */
export type TokenSubject =
  | {
      readonly role:
        | 'admin'
        | 'certificate-office'
        | 'talent-office'
        | 'competition-organiser'
        | 'training-office'
        | 'subsidy-office';
    }
  | { readonly role: 'assessment-body'; readonly bodyId: string }
  | { readonly role: 'training-provider'; readonly providerId: string }
  | { readonly role: 'employer'; readonly bodyId?: string }
  | { readonly role: 'hr'; readonly region?: string }
  | { readonly role: 'worker'; readonly workerId: string };

export type DevTokens = (subject: TokenSubject) => Promise<string>;

// The subject `pnpm run token` gives: what the seed's organiser registered, the CLI's token may manage.
const subjectKey = (subject: TokenSubject): string => `dev-${Object.values(subject).join('-')}`;

/** The `sub` of the subject's dev token: what the authority grants an organiser by. */
export const devSubjectId = subjectKey;

/**
 * Dev tokens signed as `pnpm run token` signs them (AUTH_JWT_SECRET, else the development
 * secret the local services share), one per subject and kept for the run.
 */
export function devTokens(secret: string = process.env.AUTH_JWT_SECRET || DEV_JWT_SECRET): DevTokens {
  const minted = new Map<string, Promise<string>>();
  return (subject) => {
    const key = subjectKey(subject);
    let token = minted.get(key);
    if (token === undefined) {
      const principal: Principal = { sub: key, ...subject };
      token = signToken({ secret, principal });
      minted.set(key, token);
    }
    return token;
  };
}
