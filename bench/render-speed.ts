/**
 * Speed of the renderers on a long report: the hand-built Dushanbe report (test/fixtures/reports.ts)
 * repeated until its documents hold about 1 MB of text each, with all its findings (nested spans included)
 * repeated with them.
 *
 *   npx tsx bench/render-speed.ts
 */
import type { ComparisonReport, Finding, Location, ReportDocument } from '../src/index.js';
import { renderHtml, renderMarkdown } from '../src/index.js';
import { assemble, dushanbeReport } from '../test/fixtures/reports.js';
import { mb, time } from './corpus.js';

/** The report's documents repeated `times` times, one copy per line block, with beads and findings moved along. */
function repeated(report: ComparisonReport, times: number): ComparisonReport {
  const { a, b } = report.documents;
  const copy = (d: ReportDocument): { document: ReportDocument; shift: (copyIndex: number, l: Location) => Location } => {
    const lines = d.text.split('\n').length;
    const paragraphs = (d.sentences.at(-1)?.paragraph ?? 0) + 1;
    const sentences = Array.from({ length: times }, (_, k) =>
      d.sentences.map((s) => ({
        ...s,
        start: s.start + k * (d.text.length + 1),
        end: s.end + k * (d.text.length + 1),
        paragraph: s.paragraph + k * paragraphs,
      })),
    ).flat();
    return {
      document: { ...d, text: Array(times).fill(d.text).join('\n'), sentences },
      shift: (k, l) => ({
        ...l,
        start: l.start + k * (d.text.length + 1),
        end: l.end + k * (d.text.length + 1),
        line: l.line + k * lines,
        sentence: l.sentence + k * d.sentences.length,
      }),
    };
  };
  const ca = copy(a);
  const cb = copy(b);
  const beads = Array.from({ length: times }, (_, k) =>
    report.alignment.beads.map((bead) => ({
      ...bead,
      a: bead.a.map((i) => i + k * a.sentences.length),
      b: bead.b.map((i) => i + k * b.sentences.length),
    })),
  ).flat();
  const findings = Array.from({ length: times }, (_, k) =>
    report.findings.map((f): Finding => ({
      ...f,
      bead: f.bead + k * report.alignment.beads.length,
      ...(f.a ? { a: ca.shift(k, f.a) } : {}),
      ...(f.b ? { b: cb.shift(k, f.b) } : {}),
    })),
  ).flat();
  return assemble(ca.document, cb.document, beads, findings);
}

export function benchRender(): string[] {
  const base = dushanbeReport();
  const times = Math.ceil(1_000_000 / base.documents.a.text.length);
  const report = repeated(base, times);
  const chars = report.documents.a.text.length + report.documents.b.text.length;
  const size = { html: renderHtml(report).length, md: renderMarkdown(report, { sentences: true }).length };
  const html = time(() => renderHtml(report), 3000);
  const md = time(() => renderMarkdown(report, { sentences: true }), 3000);
  const what = `${report.alignment.beads.length} beads, ${report.findings.length} findings, ${mb(chars)} million characters of text`;
  return [
    `renderHtml on ${what}: ${html.toFixed(0)} ms, ${mb(size.html)} million characters of HTML`,
    `renderMarkdown (with sentences) on ${what}: ${md.toFixed(0)} ms, ${mb(size.md)} million characters of Markdown`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of benchRender()) console.log(line);
