import { classSpan } from '../domain/class-sittings.ts';
import type { ClassRecord } from './class-commands.ts';

/** A class with its first and last day and the revision it was read at. */
export const classView = ({ filed, revision }: ClassRecord) => ({ ...filed, ...classSpan(filed.sittings), revision });
