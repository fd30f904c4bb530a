const minute = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as Sichuan's wall clock reads it, `YYYY-MM-DD HH:mm` (China Standard Time, whatever the browser's zone). */
export const chinaMinute = (at: string): string => minute.format(new Date(at));

/** An instant's day in China Standard Time, `YYYY-MM-DD`. */
export const chinaDay = (at: string): string => chinaMinute(at).slice(0, 10);
