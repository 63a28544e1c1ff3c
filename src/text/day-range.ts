const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_OF_ANY_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * "11 – 20 October 2025", "29 January 2025", "1 – 10 December" (yearless, `--MM-DD`): Gregorian days as a
 * reader writes them, from ISO dates (Intl's own range format). Days it cannot read are returned as written.
 */
export function dayRange(start: string, end: string, yearless: boolean): string {
  const at = (iso: string): Date | undefined => {
    const m = (yearless ? /^--(\d{2})-(\d{2})$/ : /^(\d{4})-(\d{2})-(\d{2})$/).exec(iso);
    if (!m) return undefined;
    const [y, mo, d] = yearless ? [2000, Number(m[1]), Number(m[2])] : [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    date.setUTCFullYear(y); // years 0–99 are years, not 1900–1999
    return Number.isNaN(date.getTime()) ? undefined : date;
  };
  const [from, to] = [at(start), at(end)];
  const format = yearless ? DAY_OF_ANY_YEAR : DAY;
  if (!from || !to || from > to) return start === end ? start : `${start} to ${end}`;
  return start === end ? format.format(from) : format.formatRange(from, to);
}

/** The days of an ISO interval `start/end` (or one day), yearless ones "in any year"; anything else as it is. */
export function intervalDays(value: string): string {
  const [start = '', end = start, ...rest] = value.split('/');
  if (rest.length) return value;
  const yearless = start.startsWith('--');
  const days = dayRange(start, end, yearless);
  if (days === start || days === `${start} to ${end}`) return value;
  return yearless ? `${days} in any year` : days;
}
