import { type Clients, createClients, SERVICE_NAMES, type ServiceName } from '@tianfu/api-client';
import { currentToken } from '../auth/session.tsx';

export type { ApiProblem, ProblemField } from '@tianfu/api-client';
export { csvUpload, isApiProblem, ok, okOrNull } from '@tianfu/api-client';

/** The console forwards by the service's own name (`talent-registry`), not the client's key (`talentRegistry`). */
const pathOf = (service: ServiceName): string => service.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every service through the console's own origin (`/api/<service>`), with the signed-in user's token. */
export const api: Clients = createClients({
  baseUrls: Object.fromEntries(
    SERVICE_NAMES.map((service) => [service, `${location.origin}/api/${pathOf(service)}`]),
  ) as Record<ServiceName, string>,
  token: currentToken,
});
