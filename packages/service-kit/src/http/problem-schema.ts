/** RFC 9457 problem details as every error leaves the service (errors/problem.ts), for the OpenAPI document. */
export const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details with a stable code',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code'],
  properties: {
    type: { type: 'string', description: 'urn:tianfu-skills:problem:<code in kebab case>' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'the request path' },
    code: {
      type: 'string',
      description: 'stable and machine-readable; x-error-codes lists those this response may carry',
    },
    errors: {
      type: 'array',
      description: 'on 400: each bad field and the rule it broke',
      items: {
        type: 'object',
        required: ['field', 'rule', 'message'],
        properties: { field: { type: 'string' }, rule: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  additionalProperties: true,
};
