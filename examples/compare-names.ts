// Is it the same name? Two newsrooms transliterate a Central Asian name; two languages name a country
// each its own way; and some pairs only look alike.
// Run: npm run examples -- compare-names
import { compareNames } from 'muqabala';

const pairs: [string, string][] = [
  ['تاسماغامبيتوف', 'تاسماگامبتوف'],
  ['إمام علي رحمن', 'امامعلی رحمان'],
  ['بكتور أسانوف', 'بکتور اسانوف'],
  ['رسلان جاكسيليكوف', 'روسلان ژاکسیلیکوف'],
  ['كازاخستان', 'قزاقستان'],
  ['الصين', 'چین'],
  ['روسيا', 'روسی'],
  ['النمسا', 'استرالیا'],
  ['محمد', 'محمود'],
];
for (const [a, b] of pairs) {
  const m = compareNames(a, b);
  console.log(`${m.same ? 'same     ' : 'different'} ${m.score.toFixed(2)}  ${a}  |  ${b}`);
  console.log(`          ${m.reason.kind}: ${m.reason.detail}`);
}

// The letter-level alignment, for a report that shows how two spellings differ.
const m = compareNames('رسلان جاكسيليكوف', 'روسلان ژاکسیلیکوف');
for (const part of m.reason.parts) {
  console.log(part.alignment.steps.map((s) => (s.kind === 'same' ? s.a : `[${s.a || '∅'}|${s.b || '∅'}]`)).join(''));
}
