import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { compareMany, renderHtml, renderMultiHtml, renderMultiMarkdown, type MultiReport } from '../src/index.js';
import { CSP } from '../src/report/html.js';
import { PAYLOADS } from './fixtures/reports.js';

const FILES = ['badakhshan.ar.txt', 'badakhshan.fa-AF.txt', 'badakhshan-news.ar.txt', 'badakhshan-news.fa-IR.txt'];
const flood = compareMany(FILES.map((id) => ({ id, text: readFileSync(join(import.meta.dirname, '../examples/reports', id), 'utf8') })));

// Two reports whose ids and text carry every payload: the page and the Markdown must show them as text.
const hostile: MultiReport = compareMany([
  { id: PAYLOADS[0], text: `قال الوزير ${PAYLOADS[1]} إن 12 شخصًا قتلوا في هرات.` },
  { id: PAYLOADS[7], text: `وقال المسؤول ${PAYLOADS[2]} إن 15 شخصًا قتلوا في هرات ${PAYLOADS[5]}.` },
]);

const RLI = '\u2067';
const markdown = new MarkdownIt({ html: true, linkify: true });

describe('renderMultiMarkdown', () => {
  const md = renderMultiMarkdown(flood);

  test('the documents, the translation pair, the facts, the entities and every pair, in that order', () => {
    const headings = md.split('\n').filter((l) => /^#{1,3} /.test(l));
    expect(headings.slice(0, 4)).toEqual(['# Comparison of 4 documents', '## Facts', '## Entities', '## Pairs']);
    expect(headings.filter((h) => h.startsWith('### '))).toHaveLength(6);
    expect(md).toContain('| D2 (badakhshan-news.ar.txt) | Arabic (ar), detected');
    expect(md).toContain('**Translations:** D0 (badakhshan.ar.txt) ↔ D1 (badakhshan.fa-AF.txt)');
  });

  test('a fact row gives each version with its words and documents, and who states it differently', () => {
    const row = md.split('\n').find((l) => l.startsWith('| conflict |'));
    expect(row).toContain(`«${RLI}27 شخصًا\u2069» (D2) = 27 person`);
    expect(row?.endsWith('| D0 and D2 |')).toBe(true);
    // One row per listed fact: those of several documents unless singles are asked for.
    const rows = (text: string): number => text.split('\n').filter((l) => /^\| (conflict|uncertain|agreed|single) \|/.test(l)).length;
    expect(rows(md)).toBe(flood.facts.filter((f) => f.documents.length > 1).length);
    expect(rows(renderMultiMarkdown(flood, { singles: true }))).toBe(flood.facts.length);
    // The outlet alone names the World Food Programme (برنامج الأغذية العالمي), a body the gazetteer knows.
    expect(md).toContain('Not listed: 2 facts and 2 entities of one document only.');
  });

  test('labels replace the ids; isolates can be turned off', () => {
    const labelled = renderMultiMarkdown(flood, { labels: ['agency', 'agency (Dari)', 'outlet', 'Iranian outlet'], isolates: false });
    expect(labelled).toContain('**Translations:** D0 (agency) ↔ D1 (agency (Dari))');
    expect(labelled).not.toMatch(/[\u2067\u2069]/);
  });

  test('text from the inputs builds no tag, link or table cell of its own', () => {
    const out = renderMultiMarkdown(hostile);
    const html = markdown.render(out);
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b/);
    expect(html).not.toContain('href="javascript:');
    // Every row of the fact table has its four cells, whatever the text holds.
    for (const row of out.split('\n').filter((l) => /^\| (conflict|uncertain|agreed) \|/.test(l))) {
      expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
    }
  });
});

describe('renderMultiHtml', () => {
  const html = renderMultiHtml(flood);

  test('one page under the same Content-Security-Policy as the pair report', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`content="${CSP.replace(/'/g, '&#39;')}"`);
    expect(renderHtml(flood.comparisons[0]!.report)).toContain(`content="${CSP.replace(/'/g, '&#39;')}"`);
    expect(html).not.toMatch(/<script\b/);
  });

  test('the facts table and the entities table, words in their language and direction', () => {
    expect(html).toContain('<h2 id="facts-heading">Facts</h2>');
    expect(html).toContain('<span class="badge sev-conflict">conflict</span>');
    expect(html).toContain('<q><bdi dir="rtl" lang="fa-IR">دست‌کم ۲۳</bdi></q> (D3)');
    expect(html).toContain('<q><bdi dir="rtl" lang="fa-AF">سازمان ملل</bdi></q> (D1)');
    expect((html.match(/<section id="pair-/g) ?? []).length).toBe(6);
  });

  test('no payload reaches the page unescaped', () => {
    const page = renderMultiHtml(hostile, { title: PAYLOADS[6] });
    for (const payload of PAYLOADS) expect(page).not.toContain(payload);
    expect(page).not.toMatch(/<(script|img|svg|iframe|a href="javascript)/);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });
});
