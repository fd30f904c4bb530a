/** The slice of a pino logger this package uses, so callers can pass pino or anything shaped like it. */
export interface MessagingLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}
