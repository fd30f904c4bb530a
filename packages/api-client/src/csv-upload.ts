/**
 * The init of a call that uploads a CSV sheet: the text sent as is, as `text/csv`, rather than
 * openapi-fetch's default JSON body. Spread it into the call: `POST(path, { params, ...csvUpload(csv) })`.
 */
export const csvUpload = (csv: string) => ({
  body: csv,
  bodySerializer: (body: unknown) => body as string,
  headers: { 'content-type': 'text/csv; charset=utf-8' },
});
