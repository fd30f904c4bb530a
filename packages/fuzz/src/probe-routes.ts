import { type OpenApiDocument, operationCallers } from './callers.ts';

/** One route as the injection probes call it: path parameters filled, with the caller's role. */
export interface ProbeRoute {
  readonly method: string;
  /** The path with every `{parameter}` set to `probe`. */
  readonly path: string;
  readonly caller: string;
  /** Top-level properties of its JSON body; empty when it takes none. */
  readonly bodyProperties: readonly string[];
  readonly queryParameters: readonly string[];
}

interface Operation {
  readonly description?: string;
  readonly security?: readonly unknown[];
  readonly parameters?: readonly { readonly in: string; readonly name: string }[];
  readonly requestBody?: { readonly content?: Record<string, { readonly schema?: { readonly properties?: object } }> };
}

const methods = ['get', 'put', 'post', 'patch', 'delete'];

/** Every operation of a service's OpenAPI document, for the probes. */
export function probeRoutes(document: OpenApiDocument): ProbeRoute[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = item[method] as Operation | undefined;
      if (operation === undefined) return [];
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      return [
        {
          method: method.toUpperCase(),
          path: path.replace(/\{[^}]+\}/g, 'probe'),
          caller: operationCallers(operation)[0] ?? 'public',
          bodyProperties: Object.keys(schema?.properties ?? {}),
          queryParameters: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        },
      ];
    }),
  );
}
