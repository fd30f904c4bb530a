import { STATUS_CODES } from 'node:http';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type AppError, defineError, isAppError } from './app-error.ts';
import { internalError, validationFailed } from './common-errors.ts';
import type { ErrorMapper } from './error-mapper.ts';
import { isOperationalError } from './operational-error.ts';
import { fieldErrors } from './validation-errors.ts';

export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

// Stable codes for the client errors fastify and its plugins raise before a handler runs.
const clientErrorCodes: Readonly<Record<number, string>> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  413: PAYLOAD_TOO_LARGE,
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
};

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
};

const messageOf = (error: unknown, fallback: string): string => {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message !== '' ? message : fallback;
};

export function toAppError(error: unknown, mapError?: ErrorMapper): AppError {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const location = error.validationContext ?? 'request';
    const errors = fieldErrors(error.validation, location);
    return validationFailed(`${errors.length} invalid field(s) in the ${location}`, { errors });
  }
  if (isAppError(error)) return error;
  // Its code tells the client what is wrong, never how: the message and details stay in the log.
  if (isOperationalError(error)) {
    return defineError(
      error.code,
      503,
      'Service Unavailable',
    )('The service cannot do this now; its operators have been alerted. Retry later.');
  }
  const mapped = mapError?.(error);
  if (mapped) return mapped;
  const status = statusOf(error);
  if (status !== undefined) {
    const title = STATUS_CODES[status] ?? 'Client Error';
    const code = clientErrorCodes[status] ?? `HTTP_${status}`;
    return defineError(code, status, title)(messageOf(error, title));
  }
  return internalError('An unexpected error occurred. Quote the x-request-id header when reporting it.');
}
