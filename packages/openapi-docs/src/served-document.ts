import { DOCUMENTED_SERVICES, type DocumentedService, type ScratchInfrastructure } from './documented-services.ts';

/** The OpenAPI document the service serves at /docs/json, from its app built in-process and closed again. */
export async function servedDocument(service: DocumentedService, infra: ScratchInfrastructure): Promise<unknown> {
  const app = await DOCUMENTED_SERVICES[service](infra);
  try {
    const response = await app.inject({ method: 'GET', url: '/docs/json' });
    if (response.statusCode !== 200) {
      throw new Error(`${service} answered ${response.statusCode} for /docs/json: ${response.body.slice(0, 300)}`);
    }
    return response.json();
  } finally {
    await app.close();
  }
}
