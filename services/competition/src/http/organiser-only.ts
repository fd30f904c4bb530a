import { authorize } from '@tianfu/service-kit';

/** Every competition route is the organiser's (or admin's); whose competition it is, the commands check. */
export const organiserOnly = authorize({ roles: ['competition-organiser'] });
