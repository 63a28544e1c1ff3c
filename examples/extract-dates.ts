// Find the dates of a report and its Dari counterpart, in their calendars and on the Gregorian time line.
// Run: npm run examples -- extract-dates
import { readFileSync } from 'node:fs';
import { extractDates } from 'muqabala';

// The publication date: relative dates (العام المقبل, سال آینده, "October last") are placed against it.
const referenceDate = '2025-01-20';

for (const file of ['bishkek.ar.txt', 'bishkek.fa-AF.txt']) {
  const text = readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8');
  console.log(`${file}:`);
  for (const d of extractDates(text, { referenceDate })) {
    const placed = d.interval ? `${d.interval.start} … ${d.interval.end}` : 'not placed';
    console.log(`  «${d.text}»  ${d.calendar}, ${d.precision}  →  ${placed}`);
  }
  // Without a publication date, a Solar Hijri month still has the days it covers in any year.
  for (const d of extractDates(text)) if (d.yearless) console.log(`  «${d.text}» in any year: ${d.yearless.start} … ${d.yearless.end}`);
}
