import { randomBytes } from 'node:crypto';

/**
 * A name no other suite uses, for databases, topics and consumer groups, so suites run in
 * parallel. Latin letters, digits and underscores only: FerretDB wants Latin database names.
 */
export const uniqueName = (prefix: string): string =>
  `${prefix.replace(/[^A-Za-z0-9]/g, '_')}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
