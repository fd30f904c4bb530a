import type { RequestCaller } from '@tianfu/service-kit';
import { maySupervise, type Supervisor, supervisorNotFound } from '../domain/quality-supervisor.ts';
import { isAuthority } from './authority.ts';
import type { Registry } from './registry-commands.ts';

/**
 * A supervisor as `caller` may see them for `bodyId`. The authority sees any (scheduling then tells
 * it why one may not serve); to a body token, another body's internal supervisor (内督) is like none,
 * so a token cannot learn whom other bodies appointed.
 */
export async function supervisorSeenBy(
  supervisors: Registry<Supervisor>,
  supervisorId: string,
  bodyId: string,
  caller: RequestCaller,
): Promise<Supervisor> {
  const supervisor = await supervisors.load(supervisorId);
  if (!isAuthority(caller.principal) && !maySupervise(supervisor, bodyId)) throw supervisorNotFound(supervisorId);
  return supervisor;
}
