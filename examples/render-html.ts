// Compare the two example reports and write the result as one self-contained HTML page (both texts side by
// side, right to left, findings highlighted), then print where it is. Open it in any browser; it loads
// nothing from the network.
// Run: npm run examples -- render-html
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compare, renderHtml } from 'muqabala';

const read = (file: string): string => readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8');

const report = compare(read('bishkek.ar.txt'), read('bishkek.fa-AF.txt'));
const html = renderHtml(report, { labels: { a: 'bishkek.ar.txt', b: 'bishkek.fa-AF.txt' } });

const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
const file = new URL('bishkek.html', out);
writeFileSync(file, html);
console.log(`${report.alignment.beads.length} beads, ${report.findings.length} findings`);
console.log(`wrote ${fileURLToPath(file)} (${html.length.toLocaleString('en')} characters)`);
