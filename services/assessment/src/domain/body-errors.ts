import { defineError } from '@tianfu/service-kit';

export const bodyAlreadyRegistered = defineError('BODY_ALREADY_REGISTERED', 409, 'Evaluation body already registered');
export const bodyNotRegistered = defineError('BODY_NOT_REGISTERED', 404, 'Evaluation body not registered');
export const bodyAlreadySuspended = defineError('BODY_ALREADY_SUSPENDED', 409, 'Evaluation body already suspended');
export const bodyNotSuspended = defineError('BODY_NOT_SUSPENDED', 409, 'Evaluation body not suspended');
