import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderHtml, type ComparisonReport } from '../src/index.js';
import { groupFindings } from '../src/report/describe.js';
import { escapeAttribute, escapeIsolated, escapeText } from '../src/report/escape-html.js';
import { SCRIPT, SCRIPT_HASH } from '../src/report/html-script.js';
import { STYLE, STYLE_HASH } from '../src/report/html-style.js';
import { dushanbeReport, hostileReport, PAYLOADS } from './fixtures/reports.js';
import { decode, expectLinksResolve, markup, PAGE_TAGS } from './support/html.js';
import { arbitraryReport, harmlessTwin, hostileStrings } from './support/report-arbitrary.js';

const sha256 = (s: string): string => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;

/** The part of the page from a marker to the next `to` after it. */
function part(html: string, from: string, to?: string): string {
  const start = html.indexOf(from);
  const end = to === undefined ? html.length : html.indexOf(to, start);
  return start < 0 ? '' : html.slice(start, end < 0 ? html.length : end);
}

/** The texts side by side: the section where every finding is highlighted at its place. */
const texts = (html: string): string => part(html, '<section id="texts"', '</section>');

/** The highlighted pieces of each side of the texts, in page order: the findings each names and its words. */
function marks(html: string): { side: string; findings: number[]; text: string }[] {
  const out: { side: string; findings: number[]; text: string }[] = [];
  let side = '';
  const re = /<td class="side side-(a|b)|<mark class="[^"]*" data-findings="([^"]*)"[^>]*>(?:<span class="anchor" id="[^"]*"><\/span>)*<a [^>]*>([^<]*)<\/a><\/mark>/g;
  for (const m of texts(html).matchAll(re)) {
    if (m[1]) side = m[1];
    else out.push({ side, findings: (m[2] as string).split(' ').map(Number), text: decode(m[3] as string) });
  }
  return out;
}

/** The words highlighted for finding `n` on a side: its pieces joined in order. */
function highlighted(html: string, n: number, side: 'a' | 'b'): string | undefined {
  const pieces = marks(html).filter((m) => m.side === side && m.findings.includes(n));
  return pieces.length ? pieces.map((m) => m.text).join('') : undefined;
}

/** The tag names of a page, in order, without the isolates that wrap right-to-left runs of text. */
const tags = (html: string): string[] => (html.match(/<\/?[a-z0-9]+/g) ?? []).filter((t) => t !== '<bdi' && t !== '</bdi');

/** The page without its script and style, as the characters a reader sees (tags dropped). */
const visible = (html: string): string => decode(html.replace(/<script>[\s\S]*<\/script>|<style>[\s\S]*<\/style>|<[^>]*>/g, ' '));

const SHOWN = (c: string): string => `⟦U+${c.codePointAt(0)?.toString(16).toUpperCase()}⟧`;

describe('renderHtml', () => {
  const report = dushanbeReport();
  const labels = { a: 'dushanbe.ar.txt', b: 'dushanbe.fa-AF.txt' };
  const html = renderHtml(report, { labels });

  test('the style sheet and the one script are those the Content-Security-Policy allows, and nothing loads', () => {
    expect(STYLE_HASH, `put ${sha256(STYLE)} in src/report/html-style.ts`).toBe(sha256(STYLE));
    expect(SCRIPT_HASH, `put ${sha256(SCRIPT)} in src/report/html-script.ts`).toBe(sha256(SCRIPT));
    expect(html).toContain(`<style>${STYLE}</style>`);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain(`<script>${SCRIPT}</script>`);
    expect(html).toContain(`style-src &#39;${sha256(STYLE)}&#39;`);
    expect(html).toContain(`script-src &#39;${sha256(SCRIPT)}&#39;`);
    expect(html).toContain('default-src &#39;none&#39;; ');
    expect(html).not.toMatch(/<link|<img|src=|url\(|@import/);
  });

  test('first what to check: every conflict and warning, most serious first, each in document order', () => {
    expect(part(html, '<p class="lead">', '</p>')).toBe('<p class="lead">3 conflicts and 4 warnings to check first; 4 explained differences below.');
    const first = part(html, '<section id="check-first"', '</section>');
    expect(first).toContain('<h2 id="check-first-heading">Check first: 3 conflicts and 4 warnings</h2>');
    const order = [...first.matchAll(/<li class="finding sev-\w+" id="finding-(\d+)"/g)].map((m) => Number(m[1]));
    expect(order).toEqual([4, 7, 8, 3, 5, 6, 11]);
    // It comes first, then the explained differences, then the texts.
    expect(html.indexOf('id="check-first"')).toBeLessThan(html.indexOf('id="explained"'));
    expect(html.indexOf('id="explained"')).toBeLessThan(html.indexOf('id="texts"'));
  });

  test('each of them shows the sentence of both documents side by side, its words highlighted and linked to the texts', () => {
    const item = part(html, '<li class="finding sev-conflict" id="finding-4"', '</li>');
    const sides = [...item.matchAll(/<div class="side side-(a|b)">(.*?)<\/div>/g)].map((m) => [m[1], m[2] as string]);
    expect(sides.map(([side]) => side)).toEqual(['a', 'b']);
    const [a, b] = sides.map(([, body]) => body as string);
    expect(a).toContain('<a href="#f4-a"><bdi dir="ltr">dushanbe.ar.txt, sentence 2, line 2</bdi></a>');
    expect(a).toContain('<mark class="hl sev-conflict" data-findings="4"><a href="#f4-a">12</a></mark>');
    expect(decode((a ?? '').replace(/<[^>]*>/g, ''))).toContain(report.documents.a.sentences[1]?.text);
    expect(b).toContain('<a href="#f4-b"><bdi dir="ltr">dushanbe.fa-AF.txt, sentence 3, line 2</bdi></a>');
    expect(b).toContain('<mark class="hl sev-conflict" data-findings="4"><a href="#f4-b">۱۴</a></mark>');
    expect(item).toContain('<p class="meta"><a href="#pair-2">sentence pair 2</a> · 92% sure · <code class="rule">number/different</code></p>');
    // A finding on one side only: the other side shows the sentence of its pair, or says it is left out.
    const weekday = part(html, 'id="finding-8"', '</li>');
    expect(weekday).toContain('<div class="side side-a"><p class="where"><bdi dir="ltr">dushanbe.ar.txt, sentence 4</bdi></p><p class="sentence" dir="rtl" lang="ar">');
    const omission = part(html, 'id="finding-11"', '</li>');
    expect(omission).toContain('<p class="none"><bdi dir="ltr">left out of dushanbe.fa-AF.txt</bdi></p>');
  });

  test('the explained differences are folded away, one line per repeated finding with its count and each place', () => {
    const rest = part(html, '<section id="explained"', '</section>');
    expect(rest).toContain('<details class="explained"><summary><h2 id="explained-heading">Explained differences (info): 4 findings</h2></summary>');
    expect(rest.match(/<li class="finding sev-info"/g)).toHaveLength(4);
    expect(rest).toContain('<p class="places">at <a href="#f1-a">sentence pair 1</a></p>');
    // Three findings of one rule about the same words make one line.
    const thrice = JSON.parse(JSON.stringify(report)) as { findings: Record<string, unknown>[] };
    const convention = thrice.findings[8] as Record<string, unknown>;
    thrice.findings.push({ ...convention, bead: 0 }, { ...convention, bead: 2 });
    const page = renderHtml(thrice as unknown as ComparisonReport);
    const grouped = part(page, '<section id="explained"', '</section>');
    expect(grouped).toContain('Explained differences (info): 6 findings in 4 lines</h2>');
    expect(grouped).toContain(
      '<li class="finding sev-info" id="finding-12" tabindex="-1" data-severity="info" data-kind="name" data-members="12 13 9"><span class="anchor" id="finding-13"></span><span class="anchor" id="finding-9"></span>' +
        '<p class="headline"><span class="count">3×</span> <span class="kind">name:</span>',
    );
    expect(grouped).toContain('<p class="places">at sentence pairs <a href="#f12-a">1</a>, <a href="#f13-a">3</a> and <a href="#f9-a">5</a></p>');
    expect(page.split('Kyrgyzstan is named as each language names it.</bdi>').length - 1).toBe(1);
    expectLinksResolve(page);
  });

  test('every message is on the page once (tooltips aside)', () => {
    for (const f of report.findings) expect(visible(html).split(f.message).length - 1, f.message).toBe(1);
  });

  test('every finding is highlighted in the texts at exactly its words, on each side', () => {
    report.findings.forEach((f, i) => {
      for (const side of ['a', 'b'] as const) expect(highlighted(html, i + 1, side), `#${i + 1} ${side}`).toBe(f[side]?.text);
    });
  });

  test('a piece covered by nested findings names all of them, and takes the colour of the most serious', () => {
    // In the Dari sentence 5 the low-confidence pair (6) holds the weekday (8), which holds the date (7).
    expect(marks(html).filter((m) => m.side === 'b' && m.findings.length === 3)).toEqual([{ side: 'b', findings: [6, 7, 8], text: '۲۰ قوس' }]);
    expect(texts(html)).toMatch(/<mark class="hl sev-conflict multi" data-findings="6 7 8"/);
    expect(texts(html)).toMatch(/<mark class="hl sev-warning" data-findings="6"/);
  });

  test('the explanation is on the mark (its title), and the link goes to the finding and is described by it', () => {
    const mark = /<mark class="hl sev-conflict" data-findings="4" title="([^"]*)">/.exec(texts(html));
    expect(mark?.[1]).toBe('conflict: The Arabic text counts 12 new border posts where the Dari text counts 14.');
    expect(texts(html)).toContain('<span class="anchor" id="f4-a"></span><a href="#finding-4" aria-describedby="message-4">12</a>');
    expect(html).toContain('id="message-4">The Arabic text counts 12 new border posts where the Dari text counts 14.</bdi>');
    expectLinksResolve(html);
  });

  test('the texts: the first document on the left, one row per sentence pair numbered from 1, a missing side said plainly', () => {
    const section = texts(html);
    expect(section).toContain(
      '<thead><tr><th scope="col" class="num-col">pair</th><th scope="col"><bdi dir="auto">dushanbe.ar.txt</bdi></th><th scope="col"><bdi dir="auto">dushanbe.fa-AF.txt</bdi></th></tr></thead>',
    );
    const rows = section.match(/<tr class="pair-row[^"]*" id="pair-\d+">/g);
    expect(rows).toHaveLength(report.alignment.beads.length);
    expect(rows?.[0]).toBe('<tr class="pair-row" id="pair-1">');
    expect(rows?.[3]).toBe('<tr class="pair-row uncertain" id="pair-4">');
    expect(section).toContain('<span class="flag">low confidence (41%)</span>');
    expect(section).toContain(
      '<td class="side side-b missing" dir="rtl" lang="fa-AF" data-label="dushanbe.fa-AF.txt"><p class="none" dir="ltr" lang="en"><bdi dir="ltr">left out of dushanbe.fa-AF.txt</bdi></p></td>',
    );
    expect(section.match(/<td class="side side-a" dir="rtl" lang="ar"/g)).toHaveLength(6);
    expect(section).toContain('<p class="sentence" id="a-s1"><span class="sn" dir="ltr">1</span>');
    // Every row has the first document's cell before the second's, as in the summary above.
    for (const row of section.split('<tr class="pair-row').slice(1)) expect(row.indexOf('side-a')).toBeLessThan(row.indexOf('side-b'));
  });

  test('plain words: no bead, no 1–1, no document a, no claim matching', () => {
    expect(visible(html)).not.toMatch(/\bbeads?\b|\d–\d\b|document [ab]\b|claim matching|content overlap/i);
  });

  test('without labels, the documents are named as the messages name them: their title, else their language', () => {
    expect(renderHtml(report)).toContain('<th scope="col"><bdi dir="auto"><bdi dir="rtl">وزير الدفاع القرغيزي في دوشنبه</bdi></bdi></th>');
    const untitled = JSON.parse(JSON.stringify(report)) as { documents: Record<'a' | 'b', { title?: string }> };
    delete untitled.documents.a.title;
    delete untitled.documents.b.title;
    const page = renderHtml(untitled as unknown as ComparisonReport);
    expect(page).toContain('<th scope="col"><bdi dir="auto">the Arabic text</bdi></th><th scope="col"><bdi dir="auto">the Dari text</bdi></th>');
    expect(page).toContain('<title>Comparison report: the Arabic text and the Dari text</title>');
  });

  test('the filters are hidden until the script shows them, and offer the severities and kinds there are', () => {
    const form = part(html, '<form id="filters"', '</form>');
    expect(form).toContain(' hidden>');
    for (const value of ['conflict', 'warning', 'info']) expect(form).toContain(`name="severity" value="${value}" checked`);
    for (const value of ['name', 'date', 'number', 'omission']) expect(form).toContain(`name="kind" value="${value}" checked`);
    // Without the script, the counts say the same and link to the sections.
    expect(html).toContain('<p class="counts"><strong>Findings:</strong> <a class="badge sev-conflict" href="#check-first">3 conflicts</a>');
  });

  test('a finding of a kind or severity from a later format version still shows, highlighted', () => {
    const later = JSON.parse(JSON.stringify(report)) as { findings: Record<string, unknown>[] };
    later.findings.push({ ...later.findings[3], kind: 'quote', rule: 'quote/changed', severity: 'critical', message: 'A quotation changed.' });
    const page = renderHtml(later as unknown as ComparisonReport);
    expect(page).toContain('<h2 id="other-heading">Other findings: 1</h2>');
    expect(page).toContain('<li class="finding sev-unknown" id="finding-12" tabindex="-1" data-severity="critical" data-kind="quote" data-members="12">');
    expect(page).toContain('name="kind" value="quote"');
    expect(highlighted(page, 12, 'b')).toBe('۱۴');
    expectLinksResolve(page);
  });

  test('a report without findings says there is nothing to check', () => {
    const empty = { ...report, findings: [], summary: { ...report.summary, findings: 0 } };
    const page = renderHtml(empty);
    expect(page).toContain('<p class="lead">Nothing to check first.</p>');
    expect(page).toContain('Check first: nothing, no conflict or warning');
    expect(page).not.toContain('<form id="filters"');
    expectLinksResolve(page);
  });
});

describe('escaping', () => {
  test('text escapes what starts a tag or an entity; attributes escape quotes too; bidi controls show', () => {
    expect(escapeText('<b a="1">&amp;</b>')).toBe('&lt;b a="1"&gt;&amp;amp;&lt;/b&gt;');
    expect(escapeAttribute(`"'><svg onload=x>&`)).toBe('&quot;&#39;&gt;&lt;svg onload=x&gt;&amp;');
    expect(escapeText('a\u202eb\u2067c')).toBe('a⟦U+202E⟧b⟦U+2067⟧c');
    expect(escapeAttribute('\u202d')).toBe('⟦U+202D⟧');
    // In an attribute, the renderer's own isolates around right-to-left words; the input's controls shown.
    expect(escapeIsolated('named تاس\u202e "x"')).toBe('named \u2067تاس\u2069⟦U+202E⟧ &quot;x&quot;');
  });

  test('no payload of the hostile report reaches the page unescaped', () => {
    const html = renderHtml(hostileReport(), { labels: { a: PAYLOADS[2], b: PAYLOADS[3] }, title: PAYLOADS[5] });
    for (const payload of PAYLOADS.filter((p) => /[<>"']/.test(p))) expect(html).not.toContain(payload);
    expect(html).not.toMatch(/<(img|svg|iframe)\b|<a href="javascript/i);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  test('a U+202E anywhere in the input is shown, never obeyed: in the texts, names, labels, title and messages', () => {
    const report = dushanbeReport();
    const evil = JSON.parse(JSON.stringify(report).replace(/أسانوف/g, 'أسانوف\\u202e').replace(/Kyrgyzstan/g, 'Kyrgyz\\u202estan')) as ComparisonReport;
    const html = renderHtml(evil, { labels: { a: 'evil\u202etxt.ar', b: 'b\u2066.txt' }, title: 'Report \u202e on أسانوف' });
    expect(html).not.toMatch(/[\u202a-\u202e\u2066]/);
    expect(html).toContain('<h1><bdi dir="auto">Report ⟦U+202E⟧ on <bdi dir="rtl">أسانوف</bdi></bdi></h1>');
    expect(html).toContain('<title>Report ⟦U+202E⟧ on \u2067أسانوف\u2069</title>');
    expect(visible(html)).toContain('evil⟦U+202E⟧txt.ar');
    expect(visible(html)).toContain('Kyrgyz⟦U+202E⟧stan is named as each language names it.');
    // The only isolates (U+2067–U+2069) are the renderer's, balanced, in attributes and the title.
    const outsideAttributes = html.replace(/ (title|data-label)="[^"]*"|<title>.*<\/title>/g, '');
    expect(outsideAttributes).not.toMatch(/[\u2066-\u2069]/);
    expect(html.split('\u2067').length).toBe(html.split('\u2069').length);
  });

  test('any string a hand-edited report holds is escaped: no tag or attribute of its own, links resolve', () => {
    fc.assert(
      fc.property(fc.oneof(hostileStrings(dushanbeReport()), hostileStrings(hostileReport())), (report) => {
        const html = renderHtml(report);
        const { tags: found, strangers } = markup(html);
        expect(strangers).toEqual([]);
        expect([...found].filter((t) => !PAGE_TAGS.has(t))).toEqual([]);
        expect(html.match(/<script\b/g)).toHaveLength(1);
        expect(html).not.toMatch(/[\u202a-\u202e\u2066]/);
        expectLinksResolve(html);
      }),
      { numRuns: 60 },
    );
  });

  test('on arbitrary reports the markup does not depend on the text: the tags of a harmless twin; highlights exact; links resolve', () => {
    const sameGroups = (x: ComparisonReport, y: ComparisonReport): boolean =>
      JSON.stringify(groupFindings(x.findings).map((g) => g.members.map((m) => m.number))) ===
      JSON.stringify(groupFindings(y.findings).map((g) => g.members.map((m) => m.number)));
    fc.assert(
      fc.property(arbitraryReport, fc.option(fc.tuple(fc.string(), fc.string())), (report: ComparisonReport, labels) => {
        const twinReport = harmlessTwin(report);
        // A twin of x's may make two messages equal that were not, and so group findings the report keeps apart.
        fc.pre(sameGroups(report, twinReport));
        const options = labels ? { labels: { a: labels[0], b: labels[1] } } : {};
        const html = renderHtml(report, options);
        const twin = renderHtml(twinReport, labels ? { labels: { a: 'x'.repeat(labels[0].length), b: 'x'.repeat(labels[1].length) } } : {});
        expect(tags(html)).toEqual(tags(twin));
        expect(html.split('<bdi').length).toBe(html.split('</bdi>').length);
        expect(html.match(/<script\b/g)).toHaveLength(1);
        expect(html).not.toMatch(/[\u202a-\u202e\u2066]/);
        expectLinksResolve(html);
        report.findings.forEach((f, i) => {
          for (const side of ['a', 'b'] as const) {
            const at = f[side];
            if (at && at.end > at.start) expect(highlighted(html, i + 1, side)).toBe(at.text.replace(/[\u202a-\u202e\u2066-\u2069]/g, SHOWN));
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
