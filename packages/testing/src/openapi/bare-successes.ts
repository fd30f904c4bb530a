interface Operation {
  readonly operationId?: string;
  readonly responses?: Record<string, { readonly content?: Record<string, { readonly schema?: unknown }> }>;
}

/** swagger writes an undeclared success as `{ description: 'Success' }`: a schema in name only. */
const describesNothing = (schema: unknown): boolean =>
  typeof schema !== 'object' || schema === null || Object.keys(schema).every((key) => key === 'description');

/**
 * The successes an OpenAPI document lists with no schema for their body (`operationId status`): a
 * generated client types those answers `unknown`. A 204 has no body to describe.
 */
export function bareSuccesses(document: { readonly paths?: Record<string, Record<string, Operation>> }): string[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, { operationId, responses }]) =>
      Object.entries(responses ?? {})
        .filter(([status]) => status.startsWith('2') && status !== '204')
        .filter(([, { content }]) => Object.values(content ?? {}).every((media) => describesNothing(media.schema)))
        .map(([status]) => `${operationId ?? `${method} ${path}`} ${status}`),
    ),
  );
}
