// Fold Arabic and Persian spellings together, and map a match in the folded text back to the original.
// Run: npm run examples -- normalize
import { normalize, toSourceSpan } from 'muqabala';

const text = 'رئیس‌جمهورِ افغانستان در سال ۱۴۰۳ به «دوشنبه» رفت.';
const folded = normalize(text);
console.log(`original: ${text}\nfolded:   ${folded.text}`);

// Find a word in the folded text (ی/ي, digits and diacritics no longer matter) and show it as written.
const at = folded.text.indexOf('1403');
const span = toSourceSpan(folded, at, at + 4);
console.log(`'1403' is ${JSON.stringify(text.slice(span.start, span.end))} at ${span.start}–${span.end} of the original`);
