import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderHtml, type ComparisonReport } from '../src/index.js';
import { escapeAttribute, escapeText } from '../src/report/escape-html.js';
import { STYLE, STYLE_HASH } from '../src/report/html-style.js';
import { dushanbeReport, hostileReport, PAYLOADS } from './fixtures/reports.js';
import { arbitraryReport, harmlessTwin } from './support/report-arbitrary.js';

const decode = (html: string): string => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The highlighted pieces of each side, in page order: the findings each names and its words. */
function marks(html: string): { side: string; findings: number[]; text: string }[] {
  const out: { side: string; findings: number[]; text: string }[] = [];
  let side = '';
  const re = /<td class="side side-(a|b)|<mark class="[^"]*" data-findings="([^"]*)"[^>]*>(?:<span class="anchor" id="[^"]*"><\/span>)*<a [^>]*>([^<]*)<\/a><\/mark>/g;
  for (const m of html.matchAll(re)) {
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

function expectLinksResolve(html: string): void {
  const ids = [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  const targets = [...html.matchAll(/ href="#([^"]*)"/g)].map((m) => m[1]);
  expect(targets.filter((t) => !ids.includes(t)), 'links without a target').toEqual([]);
}

describe('renderHtml', () => {
  const report = dushanbeReport();
  const html = renderHtml(report, { labels: { a: 'dushanbe.ar.txt', b: 'dushanbe.fa-AF.txt' } });

  test('the style sheet is the one the Content-Security-Policy allows', () => {
    const hash = `sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}`;
    expect(STYLE_HASH, `put ${hash} in src/report/html-style.ts`).toBe(hash);
    expect(html).toContain(`<style>${STYLE}</style>`);
    expect(html).toContain(`style-src &#39;${hash}&#39;`);
    expect(html).toContain('default-src &#39;none&#39;; ');
    expect(html).toContain('script-src &#39;none&#39;');
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/);
  });

  test('every finding is highlighted at exactly its words, on each side', () => {
    report.findings.forEach((f, i) => {
      for (const side of ['a', 'b'] as const) expect(highlighted(html, i + 1, side), `#${i + 1} ${side}`).toBe(f[side]?.text);
    });
  });

  test('a piece covered by nested findings names all of them, and takes the colour of the most serious', () => {
    // In B's sentence 4 the low-confidence pair (6) holds the weekday (8), which holds the date (7).
    expect(marks(html).filter((m) => m.side === 'b' && m.findings.length === 3)).toEqual([
      { side: 'b', findings: [6, 7, 8], text: '۲۰ قوس' },
    ]);
    expect(html).toMatch(/<mark class="hl sev-conflict multi" data-findings="6 7 8"/);
    expect(html).toMatch(/<mark class="hl sev-warning" data-findings="6"/);
  });

  test('the explanation is on the mark (its title) and the link is described by the finding', () => {
    const mark = /<mark class="hl sev-conflict" data-findings="4" title="([^"]*)">/.exec(html);
    expect(mark?.[1]).toBe('#4 conflict · number/different\nA counts 12 new border posts where B counts 14.');
    expect(html).toContain('<a href="#finding-4" aria-describedby="finding-4-message">12</a>');
  });

  test('one row per bead, with a missing side shown as such and the uncertain bead marked', () => {
    const rows = html.match(/<tr class="bead[^"]*" id="bead-\d+">/g);
    expect(rows).toHaveLength(report.alignment.beads.length);
    expect(rows?.[3]).toBe('<tr class="bead uncertain" id="bead-3">');
    expect(html).toContain('<td class="side side-b missing" dir="rtl" lang="fa-AF"><p class="none" dir="ltr" lang="en">no counterpart in B</p></td>');
    expect(html.match(/<td class="side side-a" dir="rtl" lang="ar">/g)).toHaveLength(6);
  });

  test('the list links to the highlights and the highlights to the list; every link has its target', () => {
    expect(html).toContain('<a href="#f4-a">line 2, column 76</a>');
    expect(html).toContain('<span class="anchor" id="f4-a"></span>');
    expect(html).toContain('<li class="finding sev-conflict" id="finding-4">');
    expectLinksResolve(html);
  });

  test('a finding of a kind or severity from a later format version still shows, under Other', () => {
    const later = JSON.parse(JSON.stringify(report)) as { findings: Record<string, unknown>[] };
    later.findings.push({ ...later.findings[3], kind: 'quote', rule: 'quote/changed', severity: 'critical', message: 'A quotation changed.' });
    const page = renderHtml(later as unknown as ComparisonReport);
    expect(page).toContain('<section id="other" aria-labelledby="other-heading"><h3 id="other-heading">Other (1)</h3>');
    expect(page).toContain('<li class="finding sev-unknown" id="finding-12">');
    expect(highlighted(page, 12, 'b')).toBe('۱۴');
    expectLinksResolve(page);
  });

  test('findings are listed by severity, conflicts first', () => {
    const order = [...html.matchAll(/<li class="finding sev-\w+" id="finding-(\d+)">/g)].map((m) => Number(m[1]));
    expect(order).toEqual([4, 7, 8, 3, 5, 6, 11, 1, 2, 9, 10]);
  });
});

describe('escaping', () => {
  test('text escapes what starts a tag or an entity; attributes escape quotes too', () => {
    expect(escapeText('<b a="1">&amp;</b>')).toBe('&lt;b a="1"&gt;&amp;amp;&lt;/b&gt;');
    expect(escapeAttribute(`"'><svg onload=x>&`)).toBe('&quot;&#39;&gt;&lt;svg onload=x&gt;&amp;');
  });

  test('no payload of the hostile report reaches the page unescaped', () => {
    const html = renderHtml(hostileReport());
    for (const payload of PAYLOADS.filter((p) => /[<>"']/.test(p))) expect(html).not.toContain(payload);
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b|<a href="javascript/i);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  test('on arbitrary reports the markup does not depend on the text: same tags as a harmless twin; highlights exact', () => {
    const count = (s: string, c: string): number => s.split(c).length - 1;
    fc.assert(
      fc.property(arbitraryReport, (report: ComparisonReport) => {
        const html = renderHtml(report);
        const twin = renderHtml(harmlessTwin(report));
        expect(count(html, '<')).toBe(count(twin, '<'));
        expect(count(html, '>')).toBe(count(twin, '>'));
        expect(html.match(/<[a-z0-9]+/g)).toEqual(twin.match(/<[a-z0-9]+/g));
        expectLinksResolve(html);
        report.findings.forEach((f, i) => {
          for (const side of ['a', 'b'] as const) {
            const at = f[side];
            if (at && at.end > at.start) expect(highlighted(html, i + 1, side)).toBe(at.text);
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
