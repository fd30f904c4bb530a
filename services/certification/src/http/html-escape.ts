const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML: every value a page shows is escaped, names and body names included. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
