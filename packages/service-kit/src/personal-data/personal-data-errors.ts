import { defineError } from '../errors/app-error.ts';

/** Sealed personal data that fails authentication: a wrong master key or altered bytes, never "erased". */
export const personalDataUnreadable = defineError('PERSONAL_DATA_UNREADABLE', 500, 'Personal data unreadable');
