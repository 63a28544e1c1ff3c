// Compare the two example reports and print the result as Markdown, for a terminal or an issue tracker,
// with the table of aligned sentences at the end.
// Run: npm run examples -- render-markdown
import { readFileSync } from 'node:fs';
import { compare, renderMarkdown } from 'muqabala';

const read = (file: string): string => readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8');

const report = compare(
  { text: read('bishkek.ar.txt'), language: 'ar', publishedAt: '2025-11-20' },
  { text: read('bishkek.fa-AF.txt'), language: 'fa', publishedAt: '2025-11-20' },
);
console.log(
  renderMarkdown(report, {
    labels: { a: 'bishkek.ar.txt', b: 'bishkek.fa-AF.txt' },
    sentences: true,
    // Arabic and Persian snippets are wrapped in Unicode isolates so that they read right to left inside
    // English lines; set this to false if your terminal shows the isolates as boxes.
    isolates: true,
  }),
);
