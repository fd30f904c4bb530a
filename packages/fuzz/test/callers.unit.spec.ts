import { describe, expect, it } from 'vitest';
import { documentsByCaller, type OpenApiDocument, operationCallers } from '../src/index.ts';

const bearer = [{ bearerAuth: [] }];
const document: OpenApiDocument = {
  openapi: '3.1.0',
  components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
  paths: {
    '/v1/ladder/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true }],
      get: { description: 'Roles: hr, worker, admin.', security: bearer },
      post: { description: 'Roles: admin.', security: bearer },
    },
    '/v1/verify': { post: { description: 'Anyone.' } },
    '/v1/keys': { post: { security: bearer } },
  },
};

describe('operationCallers', () => {
  it('reads the roles a protected operation names, in order', () => {
    expect(operationCallers({ description: 'Roles: hr, worker, admin.', security: bearer })).toEqual([
      'hr',
      'worker',
      'admin',
    ]);
  });

  it('calls an operation without security public, and one that names no role admin-only', () => {
    expect(operationCallers({ description: 'Roles: hr.' })).toEqual(['public']);
    expect(operationCallers({ security: bearer })).toEqual(['admin']);
  });
});

describe('documentsByCaller', () => {
  it('gives each operation to its first role for the bounded run, keeping path-level parameters', () => {
    const split = documentsByCaller(document, false);
    expect([...split.keys()]).toEqual(['admin', 'hr', 'public']);
    expect(split.get('hr')?.paths).toEqual({
      '/v1/ladder/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true }],
        get: document.paths['/v1/ladder/{id}']?.get,
      },
    });
    expect(Object.keys(split.get('admin')?.paths ?? {})).toEqual(['/v1/ladder/{id}', '/v1/keys']);
    expect(split.get('admin')?.components).toEqual(document.components);
  });

  it('gives each operation to every role it admits for the long run', () => {
    const split = documentsByCaller(document, true);
    expect([...split.keys()]).toEqual(['admin', 'hr', 'public', 'worker']);
    expect(Object.keys(split.get('admin')?.paths['/v1/ladder/{id}'] ?? {})).toEqual(['parameters', 'get', 'post']);
  });
});
