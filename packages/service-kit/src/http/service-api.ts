/** What a service's OpenAPI document says about the service as a whole. */
export interface ServiceApi {
  readonly name: string;
  /** The port it listens on unless PORT says otherwise: the document's local server. */
  readonly port: number;
  /** What the service is for, the document's `info.description`. */
  readonly description: string;
  /** Every tag its routes use, with what it groups; a route's tags must be among them. */
  readonly tags: Readonly<Record<string, string>>;
}

// The repository grants no licence (it is private, with no LICENSE file): say so rather than invent one.
const license = { name: 'UNLICENSED: private, no licence granted' };
const contact = { name: 'Tianfu Skills maintainers' };

/** The document-level parts: info, servers, tags. A bare name (kit tests, tools) gets a minimal description. */
export function documentHeader(api: ServiceApi | string, version: string) {
  if (typeof api === 'string') {
    return {
      info: { title: api, version, description: `The ${api} service.`, license, contact },
      servers: [{ url: '/', description: 'the origin this document was read from' }],
      tags: [],
    };
  }
  return {
    info: { title: api.name, version, description: api.description, license, contact },
    servers: [
      { url: `http://127.0.0.1:${api.port}`, description: 'the local platform (npm start), default port' },
      { url: '/', description: 'the origin this document was read from' },
    ],
    tags: Object.entries(api.tags).map(([name, description]) => ({ name, description })),
  };
}
