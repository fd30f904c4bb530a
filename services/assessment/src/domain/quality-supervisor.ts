import type { SupervisorRegisteredData } from '@tianfu/contracts';
import { domainError } from '@tianfu/decider';
import { registerOnce } from './register-once.ts';

/** 质量督导员: internal (内督) of one body, or external (外督) appointed by the authority (docs/domain.md §2.1). */
export type Supervisor = SupervisorRegisteredData;
export type SupervisorState = Supervisor | null;

export type SupervisorErrorCode = 'SUPERVISOR_ALREADY_REGISTERED' | 'SUPERVISOR_NOT_FOUND';

export const supervisorNotFound = (supervisorId: string) =>
  domainError<SupervisorErrorCode>('SUPERVISOR_NOT_FOUND', `quality supervisor ${supervisorId} is not registered`);

/** An internal supervisor serves only the body that appointed them; an external one any body. */
export const maySupervise = (supervisor: Supervisor, bodyId: string): boolean =>
  supervisor.kind === 'external' || supervisor.bodyId === bodyId;

export const supervisorDecider = registerOnce('assessment.SupervisorRegistered', (data: Supervisor) =>
  domainError<SupervisorErrorCode>(
    'SUPERVISOR_ALREADY_REGISTERED',
    `quality supervisor ${data.supervisorId} is already registered`,
  ),
);
