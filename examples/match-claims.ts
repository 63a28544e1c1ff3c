// Two reports of one flood that are not translations of each other: an Arabic agency report and an Iranian
// Persian outlet's, in another order, with other details and the page's furniture at the end. matchClaims pairs their sentences by what they say
// (shared names, numbers and words, through the Arabic–Persian lexicon), not by position, and says why.
// Run: npm run examples -- match-claims
import { readFileSync } from 'node:fs';
import { findBoilerplate, matchClaims, segment } from 'muqabala';

const sentences = (file: string): string[] => {
  const text = readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8');
  const furniture = new Set(findBoilerplate(text).map((b) => b.sentence));
  return segment(text)
    .filter((_, i) => !furniture.has(i))
    .map((s) => s.text);
};
const ar = sentences('badakhshan.ar.txt');
const fa = sentences('badakhshan-news.fa-IR.txt');

for (const m of matchClaims(ar, fa, { sourceLanguage: 'ar', targetLanguage: 'fa' })) {
  console.log(
    `ar ${m.source.join('+')} ↔ fa ${m.target.join('+')}  confidence ${m.confidence.toFixed(2)}, shared: ${m.anchors.map((a) => `${a.source}/${a.target}`).join(', ')}`,
  );
  console.log(`  ${m.source.map((i) => ar[i]).join(' ')}`);
  console.log(`  ${m.target.map((j) => fa[j]).join(' ')}`);
}
