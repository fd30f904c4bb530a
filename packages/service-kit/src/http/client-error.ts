import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { defineError } from '../errors/app-error.ts';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../errors/problem.ts';

const headerTooLarge = defineError('REQUEST_HEADER_FIELDS_TOO_LARGE', 431, 'Request Header Fields Too Large');
const requestTimeout = defineError('REQUEST_TIMEOUT', 408, 'Request Timeout');
const malformedRequest = defineError('BAD_REQUEST', 400, 'Bad Request');

function errorFor(code: unknown) {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return headerTooLarge('the request headers exceed the server limit; send fewer or shorter headers');
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return requestTimeout('the request was not received in time');
  return malformedRequest('the request is not valid HTTP');
}

/**
 * Node answers what it cannot parse (oversized headers, a bad request line, a timeout) before any
 * route runs, with no body or fastify's own JSON; this answers problem+json like every other error.
 * The request was never read, so the problem has no `instance`.
 */
export function problemClientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const appError = errorFor(error.code);
  this.log.info({ code: appError.code, err: error }, 'client error before routing');
  if (socket.writable) {
    const { instance: _unread, ...problem } = toProblem(appError, '');
    const body = JSON.stringify(problem);
    const head = `HTTP/1.1 ${appError.status} ${STATUS_CODES[appError.status]}\r\nConnection: close\r\n`;
    const headers = `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    socket.write(`${head}${headers}${body}`);
  }
  socket.destroy(error);
}
