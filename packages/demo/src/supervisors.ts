import { ok } from '@tianfu/api-client';
import type { NewSupervisor } from './api-types.ts';
import type { Platform } from './platform.ts';

/** An internal supervisor (内督) is appointed by its body, an external one (外督) by the authority. */
export function registerSupervisor(platform: Platform, supervisor: NewSupervisor) {
  const appointer = supervisor.kind === 'internal' ? platform.body(supervisor.bodyId) : platform.admin;
  return ok(appointer.assessment.POST('/v1/supervisors', { body: supervisor }));
}
