// Group the names of several reports, in Arabic and Persian, into people, places and organisations,
// each with its spellings and where they occur.
// Run: npm run examples -- cluster-names
import { readFileSync } from 'node:fs';
import { clusterNames, findNames } from 'muqabala';

const documents = ['bishkek.ar.txt', 'bishkek.fa-AF.txt'];
const mentions = documents.flatMap((document) => {
  const text = readFileSync(new URL(`./reports/${document}`, import.meta.url), 'utf8');
  return findNames(text).map((m) => ({ ...m, document }));
});
for (const c of clusterNames(mentions)) {
  const spellings = c.spellings.map((s) => `${s.text} ×${s.occurrences.length}`).join(' / ');
  console.log(`${c.id.padEnd(14)} ${c.type.padEnd(12)} ${spellings}   [${c.documents.join(', ')}]`);
}
