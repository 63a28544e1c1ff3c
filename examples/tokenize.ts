// Cut a sentence into words, numbers and punctuation, each with its span.
// Run: npm run examples -- tokenize
import { tokenize } from 'muqabala';

for (const token of tokenize('خصصت الحكومة 2.5 مليار دولار، أي ما يعادل ۱۲٪ من الميزانية.')) {
  console.log(`${token.kind.padEnd(12)} ${String(token.start).padStart(3)}–${String(token.end).padEnd(3)} ${token.text}`);
}
