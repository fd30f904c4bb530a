import { v5 as uuidv5 } from 'uuid';

/**
 * An RFC 9562 version-5 id: the same name in the same namespace always gives the same id, so an
 * id derived from an event id lets a redelivery find what the first delivery made. Pure, which is
 * why a domain/ folder may derive its ids with it.
 */
export const nameBasedId = (name: string, namespace: string): string => uuidv5(name, namespace);
