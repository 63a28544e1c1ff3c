// Tell a calendar swap from a real discrepancy: relate the dates of two versions of a report.
// Run: npm run examples -- relate-dates
import { extractDates, relateDates } from 'muqabala';

const pairs: [string, string][] = [
  // The same day in the Gregorian and the Solar Hijri calendar.
  ['وصل الوفد إلى كابل يوم الأربعاء 29 يناير 2025.', 'هیئت روز چهارشنبه ۱۰ دلو ۱۴۰۳ به کابل رسید.'],
  // Mid-October (11–20) against mid-Mizan (Mizan starts on 23 September, so 3–12 October): barely overlapping.
  ['جرت المناورات في منتصف أكتوبر الماضي.', 'رزمایش‌ها در اواسط ماه میزان برگزار شد.'],
  // "Last year" counts Gregorian years in Arabic and Solar Hijri years in Persian.
  ['ارتفعت الصادرات خلال العام الماضي.', 'صادرات در سال گذشته افزایش یافت.'],
];

for (const [arabic, persian] of pairs) {
  const [a] = extractDates(arabic, { language: 'ar' });
  const [b] = extractDates(persian, { language: 'fa' });
  if (!a || !b) continue;
  const r = relateDates(a, b);
  const range = r.minOverlapDays === undefined ? `${r.overlapDays}` : `${r.minOverlapDays}–${r.overlapDays}`;
  const days = r.overlapDays === undefined ? '' : `, ${range} day${r.overlapDays === 1 ? '' : 's'} in common`;
  const gap = r.gapDays === undefined ? '' : `, ${r.gapDays} days apart`;
  console.log(`«${a.text}» / «${b.text}»: ${r.relation} (${r.basis}${days}${gap})`);
}
