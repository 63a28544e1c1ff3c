import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { compareMany, renderHtml, renderMultiHtml, renderMultiMarkdown, type MultiReport } from '../src/index.js';
import { contentSecurityPolicy } from '../src/report/html-page.js';
import { PAYLOADS } from './fixtures/reports.js';
import { decode, expectLinksResolve, markup, PAGE_TAGS } from './support/html.js';
import { hostileStrings } from './support/report-arbitrary.js';

const FILES = ['badakhshan.ar.txt', 'badakhshan.fa-AF.txt', 'badakhshan-news.ar.txt', 'badakhshan-news.fa-IR.txt'];
const flood = compareMany(FILES.map((id) => ({ id, text: readFileSync(join(import.meta.dirname, '../examples/reports', id), 'utf8') })));

// Two reports whose ids and text carry every payload: the page and the Markdown must show them as text.
const hostile: MultiReport = compareMany([
  { id: PAYLOADS[0], text: `قال الوزير ${PAYLOADS[1]} إن 12 شخصًا قتلوا في هرات.` },
  { id: PAYLOADS[7], text: `وقال المسؤول ${PAYLOADS[2]} إن 15 شخصًا قتلوا في هرات ${PAYLOADS[5]}.` },
]);

const RLI = '\u2067';
const PDI = '\u2069';
const markdown = new MarkdownIt({ html: true, linkify: true });
describe('renderMultiMarkdown', () => {
  const md = renderMultiMarkdown(flood);

  test("the reader's order: what to check first, the facts, the names and every pair; documents numbered from 1", () => {
    const headings = md.split('\n').filter((l) => /^#{1,3} /.test(l));
    expect(headings.slice(0, 5)).toEqual([
      '# Comparison of 4 documents',
      '## Check first: facts stated differently (1 conflict)',
      '## Facts stated by more than one document',
      '## Names in more than one document',
      '## Every pair',
    ]);
    expect(headings.filter((h) => h.startsWith('### '))).toHaveLength(6);
    expect(md).toContain('| D3 (badakhshan-news.ar.txt) | Arabic (ar), detected');
    expect(md).toContain('**Translations:** D1 (badakhshan.ar.txt) and D2 (badakhshan.fa-AF.txt)');
    expect(md).not.toMatch(/\bD0\b/);
  });

  test('every fact stated differently has the sentence of both documents, the statement in bold', () => {
    const row = md.split('\n').find((l) => l.startsWith('| 1 | **conflict** number:')) ?? '';
    const cells = row.split(' | ');
    expect(cells[2]).toMatch(new RegExp(`^\\*D1 \\(badakhshan\\.ar\\.txt\\), sentence 1:\\* ${RLI}لقي \\*\\*23 شخصًا\\*\\* حتفهم .*${PDI}$`));
    expect(cells[3]).toMatch(new RegExp(`^\\*D3 \\(badakhshan-news\\.ar\\.txt\\), sentence 3:\\* ${RLI}.* إن \\*\\*27 شخصًا\\*\\* لقوا .*${PDI} \\|$`));
  });

  test('a fact row gives each value with its words and documents, and who states it differently', () => {
    const row = md.split('\n').find((l) => l.startsWith('| conflict |'));
    expect(row).toContain(`27 person: «${RLI}27 شخصًا${PDI}» in D3`);
    expect(row).toContain(`at least 23: «${RLI}دست‌کم ۲۳${PDI}» in D4`);
    expect(row?.endsWith('| D1 and D3 |')).toBe(true);
    // One row per listed fact: those of several documents unless singles are asked for.
    const rows = (text: string): number => text.split('\n').filter((l) => /^\| (conflict|uncertain|agreed|single) \|/.test(l)).length;
    expect(rows(md)).toBe(flood.facts.filter((f) => f.documents.length > 1).length);
    expect(rows(renderMultiMarkdown(flood, { singles: true }))).toBe(flood.facts.length);
    expect(md).toContain('Not listed: 2 facts and 1 entity of one document only.');
    // A date as its days.
    expect(md).toContain('| agreed | date | 14 May 2024: ');
  });

  test('a relative date that nothing places is uncertain, and says why', () => {
    const many = compareMany([
      { id: 'a', text: 'وقال الوزير إن العام الماضي شهد 12 هجوما على الحدود.' },
      { id: 'b', text: 'وزیر گفت که سال گذشته ۱۲ حمله در مرز رخ داده است.' },
    ]);
    const out = renderMultiMarkdown(many, { isolates: false });
    expect(out).toMatch(/\| uncertain \| date \| days not known: «العام الماضي» in D1; days not known: «سال گذشته» in D2 \| a relative date, with no publication date to place it \|/);
  });

  test('labels replace the ids; isolates can be turned off', () => {
    const labelled = renderMultiMarkdown(flood, { labels: ['agency', 'agency (Dari)', 'outlet', 'Iranian outlet'], isolates: false });
    expect(labelled).toContain('**Translations:** D1 (agency) and D2 (agency (Dari))');
    expect(labelled).not.toMatch(/[\u2066-\u2069]/);
  });

  test('text from the inputs builds no tag, link or table cell of its own', () => {
    const out = renderMultiMarkdown(hostile);
    const html = markdown.render(out);
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b/);
    expect(html).not.toContain('href="javascript:');
    for (const table of html.split('<table>').slice(1)) {
      const rows = table.split('<tr>').slice(1);
      const width = rows[0]?.match(/<t[dh][ >]/g)?.length;
      for (const r of rows) expect(r.match(/<t[dh][ >]/g)?.length).toBe(width);
    }
  });
});

describe('renderMultiHtml', () => {
  const html = renderMultiHtml(flood);

  test('one page under the same Content-Security-Policy as the pair report, every link with its target', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const csp = `content="${contentSecurityPolicy(true).replace(/'/g, '&#39;')}"`;
    expect(html).toContain(csp);
    expect(renderHtml(flood.comparisons[0]!.report)).toContain(csp);
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expectLinksResolve(html);
  });

  test('first, every fact stated differently, with the sentence of both documents linked into their texts', () => {
    const first = html.slice(html.indexOf('<section id="check-first"'), html.indexOf('</section>', html.indexOf('<section id="check-first"')));
    expect(first).toContain('<h2 id="check-first-heading">Check first: facts stated differently (1 conflict)</h2>');
    expect(first).toContain('<a href="#d1-s1"><bdi dir="ltr">D1 (badakhshan.ar.txt), sentence 1</bdi></a>');
    expect(first).toContain('<a href="#d3-s3"><bdi dir="ltr">D3 (badakhshan-news.ar.txt), sentence 3</bdi></a>');
    expect(first).toMatch(/<mark class="hl sev-conflict" data-findings="1"><a href="#d1-s1">23 شخصًا<\/a><\/mark>/);
    expect(first).toMatch(/<mark class="hl sev-conflict" data-findings="1"><a href="#d3-s3">27 شخصًا<\/a><\/mark>/);
    // The texts are on the page, folded, each sentence a target.
    expect(html).toContain('<details class="document" id="d3">');
    const sentence = html.slice(html.indexOf('id="d3-s3"'), html.indexOf('</p>', html.indexOf('id="d3-s3"')));
    expect(decode(sentence)).toContain(flood.documents[2]?.sentences[2]?.text);
  });

  test('the facts and names tables, words in their language and direction', () => {
    expect(html).toContain('<h2 id="facts-heading">Facts stated by more than one document</h2>');
    expect(html).toContain('<span class="badge sev-conflict">conflict</span>');
    expect(html).toContain('<q><bdi dir="rtl" lang="fa-IR">دست‌کم ۲۳</bdi></q></a> in D4');
    expect(html).toContain('<q><bdi dir="rtl" lang="fa-AF">سازمان ملل</bdi></q> in D2');
    expect((html.match(/<section id="pair-/g) ?? []).length).toBe(6);
    expect(html).toContain('<section id="pair-1-2" aria-labelledby="pair-1-2-heading">');
  });

  test('no payload reaches the page unescaped', () => {
    const page = renderMultiHtml(hostile, { title: PAYLOADS[6], labels: [PAYLOADS[3], PAYLOADS[2]] });
    for (const payload of PAYLOADS) expect(page).not.toContain(payload);
    expect(page).not.toMatch(/<(img|svg|iframe|a href="javascript)/);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expectLinksResolve(page);
  });

  test('any string a hand-edited report holds is escaped, in both renderers', () => {
    fc.assert(
      fc.property(hostileStrings(flood), (edited) => {
        const page = renderMultiHtml(edited);
        const { tags, strangers } = markup(page);
        expect(strangers).toEqual([]);
        expect([...tags].filter((t) => !PAGE_TAGS.has(t))).toEqual([]);
        expect(page.match(/<script\b/g)).toHaveLength(1);
        expect(page).not.toMatch(/[\u202a-\u202e]/);
        expectLinksResolve(page);
        const out = markdown.render(renderMultiMarkdown(edited));
        expect(out).not.toMatch(/<(script|img|svg|iframe|a)\b/);
      }),
      { numRuns: 30 },
    );
  });
});
