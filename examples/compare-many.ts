// Four reports of one event: an Arabic agency report, its Dari translation, and two other outlets (Arabic and
// Iranian Persian) that tell it their own way, with their web pages' furniture at the end. compareMany says
// which report translates which, who is named how in each, and which numbers and dates they agree or disagree
// on; then it writes the whole comparison as one HTML page.
// Run: npm run examples -- compare-many
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compareMany, renderMultiHtml } from 'muqabala';

const files = ['badakhshan.ar.txt', 'badakhshan.fa-AF.txt', 'badakhshan-news.ar.txt', 'badakhshan-news.fa-IR.txt'];
const many = compareMany(files.map((id) => ({ id, text: readFileSync(new URL(`./reports/${id}`, import.meta.url), 'utf8') })));
const name = (d: number): string => many.documents[d]?.id ?? String(d);

console.log('Pairs:');
for (const { a, b, report } of many.comparisons) {
  const { bySeverity } = report.summary;
  console.log(`  ${name(a)} ↔ ${name(b)}: ${report.mode}, ${bySeverity.conflict} conflict(s), ${bySeverity.warning} warning(s)`);
}
console.log(`Translations: ${many.translations.map((t) => `${name(t.a)} ↔ ${name(t.b)}`).join(', ') || 'none'}`);
console.log(`Left out as page furniture: ${many.documents.map((d) => `${d.id} ${d.boilerplate?.length ?? 0}`).join(', ')}`);

console.log('\nNamed in several reports:');
for (const e of many.entities.filter((x) => x.documents.length > 1)) {
  console.log(`  ${e.type.padEnd(12)} ${e.spellings.map((s) => `${s.text} (${s.documents.map(name).join(', ')})`).join(' / ')}`);
}

console.log('\nFacts stated by several reports:');
for (const f of many.facts.filter((x) => x.status !== 'single')) {
  const versions = f.versions.map((v) => `${v.value} in ${v.documents.map(name).join(', ')}`).join('; ');
  console.log(`  ${f.status.padEnd(9)} ${f.kind.padEnd(6)} ${versions}`);
  for (const d of f.disagreements) console.log(`            ${name(d.a)} against ${name(d.b)}: ${d.message}`);
}

const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
const file = new URL('badakhshan.html', out);
writeFileSync(file, renderMultiHtml(many));
console.log(`\nwrote ${fileURLToPath(file)}`);
