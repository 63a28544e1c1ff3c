// Find the people, places and organisations in a report, with their spans and the cue that found them.
// Run: npm run examples -- find-names
import { readFileSync } from 'node:fs';
import { findNames } from 'muqabala';

for (const file of ['bishkek.ar.txt', 'bishkek.fa-AF.txt']) {
  const text = readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8');
  console.log(file);
  for (const m of findNames(text)) {
    const id = m.entity ? ` = ${m.entity.id}` : '';
    console.log(`  ${m.type.padEnd(12)} ${String(m.start).padStart(4)}–${String(m.end).padEnd(4)} ${m.text}${id}  (${m.cue})`);
  }
}

// Adjectives of places are not names, but can be asked for: they link to the place.
const adjectives = findNames('قالت وزارة الدفاع الطاجيكية إن القوات الروسية شاركت في المناورات.', { adjectives: true });
console.log(adjectives.map((m) => `${m.text} → ${m.entity?.id} (${m.form})`).join(', '));
