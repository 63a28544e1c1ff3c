// Segment two reports into sentences and detect their languages.
// Run: npm run examples -- segment
import { readFileSync } from 'node:fs';
import { detectLanguage, segment } from 'muqabala';

for (const file of ['bishkek.ar.txt', 'bishkek.fa-AF.txt']) {
  const text = readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8');
  const language = detectLanguage(text);
  console.log(`${file}: ${language.tag} (confidence ${language.confidence}; ${language.evidence.join(', ')})`);
  for (const s of segment(text)) {
    console.log(`  [${s.index}] ¶${s.paragraph} ${s.start}–${s.end}  ${s.text}`);
  }
}
