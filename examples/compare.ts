// The main job: compare an Arabic report with its Dari counterpart and print what differs, most serious first.
// Run: npm run demo   (or: npm run examples -- compare)
import { readFileSync } from 'node:fs';
import { compare, renderMarkdown } from 'muqabala';

const read = (file: string): string => readFileSync(new URL(`./reports/${file}`, import.meta.url), 'utf8');

const report = compare(
  // The publication date places relative dates (منتصف أكتوبر الماضي, سال آینده) in time.
  { text: read('bishkek.ar.txt'), title: 'bishkek.ar.txt', publishedAt: '2025-11-20' },
  { text: read('bishkek.fa-AF.txt'), title: 'bishkek.fa-AF.txt', publishedAt: '2025-11-20' },
);

// The report is plain data: documents, alignment, findings, summary.
const { summary } = report;
console.log(
  `${report.documents.a.language} against ${report.documents.b.variant ?? report.documents.b.language}: ` +
    `${report.alignment.beads.length} beads, ${summary.findings} findings ` +
    `(${summary.bySeverity.conflict} conflict, ${summary.bySeverity.warning} warnings, ${summary.bySeverity.info} info)\n`,
);
// Rendered for a terminal: every finding with its rule, both spans (line:column) and one plain sentence.
console.log(renderMarkdown(report, { labels: { a: 'bishkek.ar.txt', b: 'bishkek.fa-AF.txt' } }));
