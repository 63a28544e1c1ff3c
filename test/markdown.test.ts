import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../src/index.js';
import { dushanbeReport, hostileReport, PAYLOADS } from './fixtures/reports.js';
import { arbitraryReport } from './support/report-arbitrary.js';

const RLI = '\u2067';
const PDI = '\u2069';
// GitHub and most trackers let HTML through Markdown; the renderer must not rely on a viewer that strips it.
const markdown = new MarkdownIt({ html: true, linkify: true });
const labels = { a: 'dushanbe.ar.txt', b: 'dushanbe.fa-AF.txt' };

/** The tags a viewer would build from the rendered Markdown. */
function tagsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1] as string));
}

describe('renderMarkdown', () => {
  const report = dushanbeReport();
  const md = renderMarkdown(report, { labels, sentences: true });

  test('the header names the documents, languages, mode, coverage and counts', () => {
    expect(md.split('\n')[0]).toBe('# Comparison report: A (dushanbe.ar.txt) and B (dushanbe.fa-AF.txt)');
    expect(md).toContain('| language | Arabic (ar), detected 97% | Dari (fa-AF), given |');
    expect(md).toContain('| with a counterpart | 83% | 100% |');
    expect(md).toContain('**Mode:** parallel — given by the caller');
    expect(md).toContain('**Findings:** 11 — 3 conflicts, 4 warnings, 4 info; 3 name, 4 date, 2 number, 2 omission');
  });

  test('findings are grouped by severity, conflicts first, each group in document order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Conflicts (3)', '## Warnings (4)', '## Info (4)', '## Aligned sentences']);
    const order = [...md.matchAll(/^- \*\*#(\d+)\*\*/gm)].map((m) => Number(m[1]));
    expect(order).toEqual([4, 7, 8, 3, 5, 6, 11, 1, 2, 9, 10]);
    // Every finding appears once, under the heading of its severity.
    report.findings.forEach((f, i) => {
      const at = md.indexOf(`- **#${i + 1}** \`${f.rule}\``);
      const heading = { conflict: '## Conflicts', warning: '## Warnings', info: '## Info' }[f.severity];
      const before = md.slice(0, at);
      expect(at, f.rule).toBeGreaterThan(0);
      expect(before.lastIndexOf('## '), f.rule).toBe(before.lastIndexOf(heading));
    });
  });

  test('each location is quoted with the line:column where those words stand', () => {
    for (const f of report.findings) {
      for (const side of ['a', 'b'] as const) {
        const at = f[side];
        if (!at) continue;
        const lines = report.documents[side].text.split('\n');
        // line:column points at the quoted words in the original text.
        expect(lines[at.line - 1]?.slice(at.column - 1).startsWith(at.text)).toBe(true);
        expect(md).toContain(`  - ${side.toUpperCase()} (${labels[side]}) ${at.line}:${at.column} «${/[\u0600-\u06ff]/.test(at.text) ? RLI + at.text + PDI : at.text}»`);
      }
    }
  });

  test('the aligned sentence table has one row per bead, shows a missing side and flags the uncertain bead', () => {
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(report.alignment.beads.length);
    expect(rows[1]).toMatch(/^\| 1 \| 1–2 \| 0\.88 \|/);
    expect(rows[3]).toMatch(/^\| 3 \| 1–1 \| 0\.41 ⚠ \|/);
    expect(rows[5]).toMatch(/\| \*\(none\)\* \|$/);
    // The table parses as a table with five cells in every row.
    const html = markdown.render(md);
    const table = html.slice(html.lastIndexOf('<table>'));
    for (const row of table.split('<tr>').slice(1)) expect(row.match(/<t[dh][ >]/g)).toHaveLength(5);
  });

  test('the sentence table is left out unless asked for', () => {
    expect(renderMarkdown(report)).not.toContain('Aligned sentences');
  });

  test('right-to-left snippets are isolated (RLI … PDI), and only when asked', () => {
    expect(md).toContain(`«${RLI}شير علي ميرزا${PDI}»`);
    expect(md).toContain('«12»'); // no right-to-left letter: left alone
    expect(md.split(RLI).length).toBe(md.split(PDI).length);
    const plain = renderMarkdown(report, { isolates: false });
    expect(plain).not.toMatch(/[\u2066-\u2069]/);
    expect(plain).toContain('«شير علي ميرزا»');
  });

  test('a finding of a kind or severity from a later format version still shows, under Other', () => {
    const later = JSON.parse(JSON.stringify(report)) as { findings: Record<string, unknown>[] };
    later.findings.push({ ...later.findings[3], kind: 'quote', rule: 'quote/changed', severity: 'critical', message: 'A quotation changed.' });
    const out = renderMarkdown(later as unknown as typeof report);
    expect(out).toContain('## Other (1)\n\n- **#12** `quote/changed` A quotation changed.');
  });

  test('a report without findings says so', () => {
    const empty = { ...report, findings: [], summary: { ...report.summary, findings: 0 } };
    expect(renderMarkdown(empty)).toContain('\nNo findings.\n');
  });
});

describe('renderMarkdown with hostile input', () => {
  const md = renderMarkdown(hostileReport(), { sentences: true });
  const html = markdown.render(md);

  test('no input turns into HTML, a link or emphasis when a viewer renders the Markdown', () => {
    expect([...tagsOf(html)].sort()).toEqual(['br', 'code', 'em', 'h1', 'h2', 'li', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'].sort());
    expect(html).not.toMatch(/<(script|img|svg|iframe|a)\b/);
    // Emphasis and code come only from the renderer: *(bead …)*, the rule ids and *(none)*.
    expect(html.match(/<em>/g)?.length).toBe(hostileReport().findings.length + 1);
    expect(html.match(/<code>/g)?.length).toBe(hostileReport().findings.length);
  });

  test('the payloads read as the characters they are', () => {
    for (const payload of PAYLOADS.slice(0, 4)) expect(markdown.renderInline(md)).toContain(markdown.utils.escapeHtml(payload));
  });

  test('pipes in the input do not add table cells', () => {
    for (const table of html.split('<table>').slice(1)) {
      const rows = table.split('<tr>').slice(1);
      const width = rows[0]?.match(/<t[dh][ >]/g)?.length;
      for (const row of rows) expect(row.match(/<t[dh][ >]/g)?.length).toBe(width);
    }
  });

  test('line breaks, terminal escapes and bidi overrides in the input are neutralized', () => {
    const base = hostileReport();
    const a = base.documents.a;
    const text = 'قال \u001b[31mالوزير\u202e إن\nالوفد\u2069 وصل';
    const report = { ...base, documents: { ...base.documents, a: { ...a, title: text } } };
    const out = renderMarkdown(report);
    const titleRow = out.split('\n').find((l) => l.startsWith('| title |')) as string;
    expect(titleRow).toContain('␛\\[31mالوزير⟦U+202E⟧ إن الوفد⟦U+2069⟧ وصل');
    expect(out).not.toMatch(/[\u001b\u202a-\u202e]/);
    // The only isolates left are the renderer's own, balanced.
    expect(out.split(RLI).length).toBe(out.split(PDI).length);
  });
});

describe('renderMarkdown on arbitrary reports', () => {
  test('never throws, keeps every finding, keeps tables rectangular and isolates balanced', () => {
    fc.assert(
      fc.property(arbitraryReport, (report) => {
        const md = renderMarkdown(report, { sentences: true });
        for (let i = 1; i <= report.findings.length; i++) expect(md).toContain(`- **#${i}** `);
        expect(md.split(RLI).length).toBe(md.split(PDI).length);
        const html = markdown.render(md);
        expect(html).not.toMatch(/<(script|img|svg|iframe|a)\b/);
        for (const table of html.split('<table>').slice(1)) {
          const rows = table.split('<tr>').slice(1);
          const width = rows[0]?.match(/<t[dh][ >]/g)?.length;
          for (const row of rows) expect(row.match(/<t[dh][ >]/g)?.length).toBe(width);
        }
      }),
      { numRuns: 200 },
    );
  });
});
