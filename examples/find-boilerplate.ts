// A news page copied with its furniture: a photo credit, a share button, "read also" and teasers for other
// stories. findBoilerplate says which lines are not the report, and why, so that a comparison leaves them out.
// Run: npm run examples -- find-boilerplate
import { readFileSync } from 'node:fs';
import { findBoilerplate, segment } from 'muqabala';

for (const file of ['badakhshan-news.ar.txt', 'badakhshan-news.fa-IR.txt']) {
  const text = readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8');
  const boilerplate = findBoilerplate(text);
  console.log(`${file}: ${boilerplate.length} of ${segment(text).length} sentences are page furniture`);
  for (const b of boilerplate) console.log(`  ${b.rule.padEnd(9)} [${b.sentence}] ${b.text}`);
}
