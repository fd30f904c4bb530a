/** Where the document keeps the problem schema: one component every error response refers to. */
export const PROBLEM_SCHEMA_REF = '#/components/schemas/Problem';

/** RFC 9457 problem details as every error leaves the service (errors/problem.ts), for the OpenAPI document. */
export const problemSchema = {
  type: 'object' as const,
  description: 'RFC 9457 problem details with a stable code',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code'],
  properties: {
    type: { type: 'string' as const, description: 'urn:tianfu-skills:problem:<code in kebab case>' },
    title: { type: 'string' as const },
    status: { type: 'integer' as const },
    detail: { type: 'string' as const },
    instance: { type: 'string' as const, description: 'the request path' },
    code: {
      type: 'string' as const,
      description: 'stable and machine-readable; x-error-codes lists those this response may carry',
    },
    errors: {
      type: 'array' as const,
      description: 'on 400: each bad field and the rule it broke',
      items: {
        type: 'object' as const,
        required: ['field', 'rule', 'message'],
        properties: {
          field: { type: 'string' as const },
          rule: { type: 'string' as const },
          message: { type: 'string' as const },
        },
      },
    },
  },
  additionalProperties: true,
};
