import { useLang } from './lang.tsx';

/** A text, or a function of the values it shows (a count, a name). */
export type Text = string | ((...values: never[]) => string);

export interface Messages<T extends Record<string, Text>> {
  readonly zh: T;
  readonly en: { readonly [K in keyof T]: T[K] };
}

/**
 * A page's texts in Chinese and English, kept beside the page; the English must name every key the
 * Chinese has, with the same shape, or the typecheck fails.
 */
export const defineMessages = <T extends Record<string, Text>>(messages: Messages<T>): Messages<T> => messages;

/** The texts of the language chosen now. */
export function useMessages<T extends Record<string, Text>>(messages: Messages<T>): T {
  const { lang } = useLang();
  return messages[lang] as T;
}
