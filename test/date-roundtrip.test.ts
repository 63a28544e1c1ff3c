import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/index.js';

// ICU writes every day from 1990 to 2035 in five locales and calendars; each must be read back to that day.
const LOCALES = [
  ['ar-EG', 'ar'],
  ['ar-SY', 'ar'],
  ['fa-IR-u-ca-persian', 'fa'],
  ['fa-AF-u-ca-persian', 'fa'],
  ['ar-u-ca-islamic-umalqura', 'ar'],
] as const;

describe('round trip against ICU, every day 1990–2035', () => {
  it.each(LOCALES)('reads back every date %s writes', (locale, language) => {
    const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const misread: string[] = [];
    let days = 0;
    for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2035, 11, 31); t += 86_400_000) {
      days++;
      const iso = new Date(t).toISOString().slice(0, 10);
      const written = format.format(new Date(t));
      const found = extractDates(written, { language });
      const m = found[0];
      if (found.length !== 1 || m?.text !== written || m.interval?.start !== iso || m.interval.end !== iso)
        misread.push(`${iso} ${written}`);
    }
    expect(days).toBe(16_801);
    expect(misread.slice(0, 5)).toEqual([]);
  });
});
