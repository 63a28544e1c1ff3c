import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { renderHtml, renderMarkdown, type ComparisonReport } from '../src/index.js';
import { dushanbeReport, hostileReport, PAYLOADS } from './fixtures/reports.js';
import { arbitraryReport } from './support/report-arbitrary.js';

const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';
// GitHub and most trackers let HTML through Markdown; the renderer must not rely on a viewer that strips it.
const markdown = new MarkdownIt({ html: true, linkify: true });
const labels = { a: 'dushanbe.ar.txt', b: 'dushanbe.fa-AF.txt' };

/** The tags a viewer would build from the rendered Markdown. */
function tagsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1] as string));
}

/** Every table of the rendered Markdown has the same number of cells in each of its rows. */
function expectRectangularTables(md: string): void {
  const html = markdown.render(md);
  for (const table of html.split('<table>').slice(1)) {
    const rows = table.split('<tr>').slice(1);
    const width = rows[0]?.match(/<t[dh][ >]/g)?.length;
    for (const row of rows) expect(row.match(/<t[dh][ >]/g)?.length).toBe(width);
  }
}

/** Whether the isolates a text opens (RLI, FSI) are all closed (PDI), never closed before they open. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === RLI || c === FSI || c === '\u2066') depth++;
    else if (c === PDI && --depth < 0) return false;
  }
  return depth === 0;
}

describe('renderMarkdown', () => {
  const report = dushanbeReport();
  const md = renderMarkdown(report, { labels, sentences: true, isolates: false });
  const lines = md.split('\n');

  test('the first lines say what to check first, then the documents, how they were compared and the counts', () => {
    expect(lines.slice(0, 3)).toEqual([
      '# Comparison report: dushanbe.ar.txt and dushanbe.fa-AF.txt',
      '',
      '3 conflicts and 4 warnings to check first; 4 explained differences below.',
    ]);
    expect(md).toContain('| language | Arabic (ar), detected 97% | Dari (fa-AF), given |');
    expect(md).toContain('| with a counterpart | 83% | 100% |');
    expect(md).toContain('\nTranslation: one text translates the other, so their sentences are matched in order. Given by the caller.\n');
    expect(md).toContain('**Findings:** 3 conflicts, 4 warnings, 4 info (by kind: 4 date, 3 name, 2 number, 2 omission)');
  });

  test("sections in the reader's order: check first, the explained differences, the texts", () => {
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Check first: 3 conflicts and 4 warnings',
      '## Explained differences (info): 4 findings',
      '## The texts side by side',
    ]);
  });

  test('each conflict and warning is a row with both sentences side by side, its words in bold, conflicts first', () => {
    const rows = lines.filter((l) => /^\| \d+ \| \*\*(conflict|warning)\*\*/.test(l));
    expect(rows.map((r) => /\*\*(\w+)\*\* (\w+):/.exec(r)?.slice(1, 3).join(' '))).toEqual([
      'conflict number',
      'conflict date',
      'conflict date',
      'warning name',
      'warning date',
      'warning omission',
      'warning omission',
    ]);
    const [number] = rows;
    expect(number).toContain(
      'The Arabic text counts 12 new border posts where the Dari text counts 14. *(sentence pair 2, 92% sure, `number/different`)*',
    );
    const cells = number?.split(' | ') ?? [];
    expect(cells[2]).toBe(
      '*sentence 2, line 2:* وبحث أسانوف مع نظيره الطاجيكي شير علي ميرزا تأمين الحدود المشتركة، وقال إن **12** مركزًا حدوديًا جديدًا سيفتتح قريبًا.',
    );
    expect(cells[3]).toBe('*sentence 3, line 2:* وزیر گفت که به زودی **۱۴** پاسگاه مرزی جدید گشایش خواهد یافت. |');
    // A sentence left out is said plainly on its side.
    expect(rows[6]).toMatch(/\| \*left out of dushanbe\.fa-AF\.txt\* \|$/);
    expectRectangularTables(md);
  });

  test('the same words and wording as the HTML page', () => {
    const html = renderHtml(report, { labels });
    const visible = html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&');
    for (const line of [
      '3 conflicts and 4 warnings to check first; 4 explained differences below.',
      'Check first: 3 conflicts and 4 warnings',
      'Explained differences (info): 4 findings',
      'Translation: one text translates the other, so their sentences are matched in order. Given by the caller.',
      'The texts side by side',
      '6 sentence pairs, matched in order; 1 with low confidence.',
      'sentence 2, line 2',
      'left out of dushanbe.fa-AF.txt',
      'sentence pair 2',
      '92% sure',
    ]) {
      expect(visible, line).toContain(line);
      expect(md.replace(/\*/g, ''), line).toContain(line);
    }
  });

  test('every message is said once', () => {
    for (const f of report.findings) expect(md.split(f.message).length - 1, f.message).toBe(1);
  });

  test('a finding repeated about the same words is one line, with its count and its places', () => {
    const twice = JSON.parse(JSON.stringify(report)) as { findings: Record<string, unknown>[]; alignment: { beads: unknown[] } };
    const convention = twice.findings[8] as Record<string, unknown>;
    twice.findings.push({ ...convention, bead: 0 }, { ...convention, bead: 2 });
    const out = renderMarkdown(twice as unknown as ComparisonReport, { isolates: false });
    expect(out).toContain('## Explained differences (info): 6 findings in 4 lines');
    expect(out).toContain('- 3× name: Kyrgyzstan is named as each language names it. — at sentence pairs 1, 3 and 5');
    expect(out.split('Kyrgyzstan is named').length - 1).toBe(1);
  });

  test('the texts side by side: one row per sentence pair, numbered from 1, a missing side said plainly', () => {
    const rows = lines.slice(lines.indexOf('## The texts side by side')).filter((l) => /^\| \d+/.test(l));
    expect(rows).toHaveLength(report.alignment.beads.length);
    expect(rows[1]).toMatch(/^\| 2 \| \*\*2\*\* وبحث .* \| \*\*2\*\* او .* \*\*3\*\* وزیر /);
    expect(rows[3]).toMatch(/^\| 4 ⚠ low confidence \(41%\) \|/);
    expect(rows[5]).toMatch(/\| \*left out of dushanbe\.fa-AF\.txt\* \|$/);
    expectRectangularTables(md);
    expect(renderMarkdown(report)).not.toContain('The texts side by side');
  });

  test('plain words: no bead, no 1–1, no document a', () => {
    expect(md).not.toMatch(/\bbeads?\b|\d–\d\b|document [ab]\b|claim matching|content overlap/i);
  });

  test('right-to-left words are isolated: quotations in RLI … PDI, English lines that quote them in FSI … PDI', () => {
    const isolated = renderMarkdown(report, { labels, sentences: true });
    expect(balanced(isolated)).toBe(true);
    expect(isolated).toContain(`*sentence 3, line 2:* ${RLI}وزیر گفت که به زودی **۱۴** پاسگاه مرزی جدید گشایش خواهد یافت.${PDI}`);
    // The title row: Arabic only, one isolate.
    expect(isolated).toContain(`| title | ${RLI}وزير الدفاع القرغيزي في دوشنبه${PDI} |`);
    // An English message is never wrapped whole in a right-to-left isolate.
    const convention = renderMarkdown({
      ...report,
      findings: [{ ...report.findings[8]!, message: 'Kyrgyzstan is named قرغيزستان and قرقیزستان.' }],
    });
    expect(convention).toContain(`${FSI}Kyrgyzstan is named ${RLI}قرغيزستان${PDI} and ${RLI}قرقیزستان${PDI}.${PDI}`);
    expect(md).not.toMatch(/[\u2066-\u2069]/);
  });

  test('a finding of a kind or severity from a later format version still shows, under Other findings', () => {
    const later = JSON.parse(JSON.stringify(report)) as { findings: Record<string, unknown>[] };
    later.findings.push({
      ...later.findings[3],
      kind: 'quote',
      rule: 'quote/changed',
      severity: 'critical',
      message: 'A quotation changed.',
    });
    const out = renderMarkdown(later as unknown as ComparisonReport);
    expect(out).toContain('## Other findings: 1\n\n- quote: A quotation changed. — at sentence pair 2');
  });

  test('a report without findings says so', () => {
    const empty = { ...report, findings: [], summary: { ...report.summary, findings: 0 } };
    const out = renderMarkdown(empty);
    expect(out).toContain('\nNothing to check first.\n');
    expect(out).toContain('\nNo findings.\n');
    expect(out).toContain('## Check first: nothing, no conflict or warning');
  });
});

describe('renderMarkdown with hostile input', () => {
  const md = renderMarkdown(hostileReport(), { sentences: true });
  const html = markdown.render(md);

  test('no input turns into HTML, a link or emphasis when a viewer renders the Markdown', () => {
    expect([...tagsOf(html)].sort()).toEqual(
      ['code', 'em', 'h1', 'h2', 'li', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'].sort(),
    );
    expect(html).not.toMatch(/<(script|img|svg|iframe|a)\b/);
    // Code comes only from the renderer: the rule ids of the findings to check first.
    expect(html.match(/<code>/g)?.length).toBe(hostileReport().findings.filter((f) => f.severity !== 'info').length);
  });

  test('the payloads read as the characters they are', () => {
    for (const payload of PAYLOADS.slice(0, 4)) expect(markdown.renderInline(md)).toContain(markdown.utils.escapeHtml(payload));
  });

  test('pipes in the input do not add table cells', () => {
    expectRectangularTables(md);
  });

  test('line breaks, terminal escapes and bidi overrides in the input are neutralized', () => {
    const base = hostileReport();
    const a = base.documents.a;
    const text = 'قال \u001b[31mالوزير\u202e إن\nالوفد\u2069 وصل';
    const report = { ...base, documents: { ...base.documents, a: { ...a, title: text } } };
    const out = renderMarkdown(report, { labels: { a: 'evil\u202etxt.ar', b: 'b.txt' } });
    const titleRow = out.split('\n').find((l) => l.startsWith('| title |')) as string;
    expect(titleRow.replace(/[\u2067-\u2069]/g, '')).toContain('␛\\[31mالوزير⟦U+202E⟧ إن الوفد⟦U+2069⟧ وصل');
    expect(out).toContain('# Comparison report: evil⟦U+202E⟧txt.ar and b.txt');
    expect(out).not.toMatch(/[\u001b\u202a-\u202e]/);
    // The only isolates left are the renderer's own, balanced.
    expect(balanced(out)).toBe(true);
  });
});

describe('renderMarkdown on arbitrary reports', () => {
  test('never throws, says every message, keeps tables rectangular and isolates balanced, adds no markup', () => {
    fc.assert(
      fc.property(arbitraryReport, fc.boolean(), (report, isolates) => {
        const md = renderMarkdown(report, { sentences: true, isolates });
        expect(balanced(md)).toBe(true);
        expect(md).not.toMatch(/[\u202a-\u202e]/);
        const html = markdown.render(md);
        expect(html).not.toMatch(/<(script|img|svg|iframe|a|textarea|style)\b/);
        expectRectangularTables(md);
        // Every finding is on a line of its own or in its group's line: as many finding lines as groups.
        const serious = report.findings.filter((f) => f.severity !== 'info').length;
        const lines = md.split('\n');
        const section = lines.slice(
          lines.findIndex((l) => l.startsWith('## Check first')),
          lines.findIndex((l) => /^## (?!Check first)/.test(l)),
        );
        expect(section.filter((l) => /^\| \d* \| (\*\*|\*the same)/.test(l))).toHaveLength(serious);
      }),
      { numRuns: 150 },
    );
  });
});
