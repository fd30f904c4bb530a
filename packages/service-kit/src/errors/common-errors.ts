import { defineError } from './app-error.ts';

// Errors the kit itself raises, exported so services and tests can match them by code.
export const badRequest = defineError('BAD_REQUEST', 400, 'Bad Request');
export const validationFailed = defineError('VALIDATION_FAILED', 400, 'Request validation failed');
export const unauthenticated = defineError('UNAUTHENTICATED', 401, 'Unauthenticated');
export const forbidden = defineError('FORBIDDEN', 403, 'Forbidden');
export const notFound = defineError('NOT_FOUND', 404, 'Not Found');
export const methodNotAllowed = defineError('METHOD_NOT_ALLOWED', 405, 'Method Not Allowed');
export const unsupportedMediaType = defineError('UNSUPPORTED_MEDIA_TYPE', 415, 'Unsupported Media Type');
export const concurrencyConflict = defineError('CONCURRENCY_CONFLICT', 409, 'Concurrency conflict');
export const preconditionFailed = defineError('PRECONDITION_FAILED', 412, 'Precondition failed');
export const rateLimited = defineError('RATE_LIMITED', 429, 'Too Many Requests');
export const internalError = defineError('INTERNAL_ERROR', 500, 'Internal Server Error');
export const notReady = defineError('NOT_READY', 503, 'Service not ready');
