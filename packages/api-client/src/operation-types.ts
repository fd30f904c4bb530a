import type { ServiceName, ServicePaths } from './services.ts';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type SuccessStatus = 200 | 201 | 202 | '2XX';

/** The documented operation of a service at a path and method. */
export type Operation<
  S extends ServiceName,
  P extends keyof ServicePaths[S],
  M extends Method & keyof ServicePaths[S][P],
> = ServicePaths[S][P][M];

/** The JSON body an operation takes, e.g. `RequestBody<'assessment', '/v1/bodies', 'post'>`. */
export type RequestBody<
  S extends ServiceName,
  P extends keyof ServicePaths[S],
  M extends Method & keyof ServicePaths[S][P],
> = Operation<S, P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The JSON an operation answers with when it succeeds. */
export type ResponseBody<
  S extends ServiceName,
  P extends keyof ServicePaths[S],
  M extends Method & keyof ServicePaths[S][P],
> =
  Operation<S, P, M> extends { responses: infer R }
    ? {
        [K in keyof R & SuccessStatus]: R[K] extends { content: { 'application/json': infer B } } ? B : never;
      }[keyof R & SuccessStatus]
    : never;
