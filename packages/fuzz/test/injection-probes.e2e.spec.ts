import { platformUrls } from '@tianfu/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzToken, type OpenApiDocument, type ProbeRoute, probeRoutes } from '../src/index.ts';

// Hostile input on every route of the running platform, from each service's own OpenAPI: MongoDB
// operators, prototype keys, 1 MB strings, deep nesting and invalid UTF-8. Each must be refused
// with a 4xx (never a 5xx), and the services must still be ready afterwards.
const services = Object.entries(platformUrls());
const routes = new Map<string, ProbeRoute[]>();
const tokens = new Map<string, string>();

beforeAll(async () => {
  for (const [service, url] of services) {
    const document = (await (await fetch(`${url}/docs/json`)).json()) as OpenApiDocument;
    routes.set(service, probeRoutes(document));
    for (const route of probeRoutes(document)) {
      if (route.caller !== 'public' && !tokens.has(route.caller))
        tokens.set(route.caller, await fuzzToken(route.caller));
    }
  }
});

type Body = string | Uint8Array;
interface Probe {
  readonly route: ProbeRoute;
  readonly what: string;
  readonly query?: string;
  readonly body?: Body;
}

/** "METHOD path (what) → status" for each probe that did not answer in `expected`. */
async function unexpected(
  baseUrl: string,
  probes: readonly Probe[],
  expected: (status: number) => boolean,
): Promise<string[]> {
  const misses: string[] = [];
  for (const { route, what, query, body } of probes) {
    const token = tokens.get(route.caller);
    const response = await fetch(`${baseUrl}${route.path}${query ?? ''}`, {
      method: route.method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body } : {}),
    }).catch((error: Error) => ({ status: 0, text: async () => error.message }));
    const status = response.status;
    if (!expected(status))
      misses.push(`${route.method} ${route.path} (${what}) → ${status} ${(await response.text()).slice(0, 200)}`);
  }
  return misses;
}

const refused = (status: number) => status >= 400 && status < 500;
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function bodyProbes(route: ProbeRoute): Probe[] {
  const [first = 'x'] = route.bodyProperties;
  const every = (value: unknown) => JSON.stringify(Object.fromEntries(route.bodyProperties.map((p) => [p, value])));
  return [
    { route, what: '$ne in every property', body: every({ $ne: null }) },
    { route, what: '$gt and $where', body: JSON.stringify({ [first]: { $gt: '' }, $where: 'sleep(100)' }) },
    { route, what: '__proto__', body: `{"__proto__":{"role":"admin"},${every('x').slice(1)}` },
    {
      route,
      what: 'constructor.prototype',
      body: `{"constructor":{"prototype":{"role":"admin"}},${every('x').slice(1)}`,
    },
    { route, what: '1 MB string', body: JSON.stringify({ [first]: 'a'.repeat(1_000_000) }) },
    { route, what: 'nesting 10,000 deep', body: `{"${first}":${nested(10_000)}}` },
    {
      route,
      what: 'invalid UTF-8',
      body: Buffer.concat([Buffer.from(`{"${first}":"`), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]),
    },
  ];
}

function queryProbes(route: ProbeRoute): Probe[] {
  return route.queryParameters.flatMap((p): Probe[] => [
    { route, what: `${p}=a&${p}=b`, query: `?${p}=a&${p}=b` },
    { route, what: `${p}[$ne]=x`, query: `?${encodeURIComponent(`${p}[$ne]`)}=x` },
    { route, what: `__proto__[${p}]=x`, query: `?__proto__%5B${p}%5D=x` },
    { route, what: '1 MB query', query: `?${p}=${'a'.repeat(1_000_000)}` },
  ]);
}

const every = async (probesOf: (route: ProbeRoute) => Probe[], expected: (status: number) => boolean) => {
  const misses: string[] = [];
  let sent = 0;
  for (const [service, baseUrl] of services) {
    const probes = (routes.get(service) ?? []).flatMap(probesOf);
    sent += probes.length;
    misses.push(...(await unexpected(baseUrl, probes, expected)).map((miss) => `${service} ${miss}`));
  }
  return { sent, misses };
};

describe('injection probes against every route of the running platform', () => {
  it('refuses MongoDB operators, prototype keys, 1 MB strings, deep nesting and invalid UTF-8 in every JSON body', async () => {
    const { sent, misses } = await every((r) => (r.bodyProperties.length > 0 ? bodyProbes(r) : []), refused);
    expect(misses).toEqual([]);
    expect(sent).toBeGreaterThan(100);
  });

  it('refuses a repeated query key (an array where a string belongs)', async () => {
    const { sent, misses } = await every((r) => queryProbes(r).filter((p) => p.what.includes('&')), refused);
    expect(misses).toEqual([]);
    expect(sent).toBeGreaterThan(3);
  });

  it('answers bracketed operators, prototype keys and 1 MB values in query strings without a 5xx', async () => {
    const { sent, misses } = await every(
      (r) => queryProbes(r),
      (status) => status > 0 && status < 500,
    );
    expect(misses).toEqual([]);
    expect(sent).toBeGreaterThan(10);
  });

  it('refuses an operator as a path parameter, and every service is still ready afterwards', async () => {
    const operator = encodeURIComponent('{"$ne":null}');
    const inPath = (route: ProbeRoute): Probe[] =>
      route.path.includes('probe')
        ? [{ route: { ...route, path: route.path.replace('probe', operator) }, what: 'operator in the path' }]
        : [];
    const { sent, misses } = await every(inPath, refused);
    expect(misses).toEqual([]);
    expect(sent).toBeGreaterThan(10);
    for (const [, baseUrl] of services) expect((await fetch(`${baseUrl}/ready`)).status).toBe(200);
  });
});

// The talent pool export is the only CSV the platform writes: no cell may start a spreadsheet formula.
describe('the talent pool CSV', () => {
  it('starts no cell with =, +, -, @, tab or carriage return', async () => {
    const token = await fuzzToken('hr');
    const response = await fetch(`${platformUrls().career}/v1/talent-pool.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const [header = '', ...rows] = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(header.split(',')).toContain('maskedName');
    const cells = rows
      .flatMap((row) => row.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
      .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});
