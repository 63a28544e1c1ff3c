/**
 * The HTML reports in a real browser: headless Chromium (the Debian package, /usr/bin/chromium; .ci/run installs
 * it) driven by playwright-core, one browser for the file, pages reused where they can be. Skips, saying so, when
 * Chromium is not installed. What a reader gets: the first screen, the side-by-side texts, filters and keys, the
 * page without its script, at 390 px and on paper, and input that tries to reverse the English or run script.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compare, compareMany, renderHtml, renderMultiHtml, type ComparisonReport } from '../src/index.js';
import { dushanbeReport, hostileReport, PAYLOADS } from './fixtures/reports.js';
import { harmlessTwin } from './support/report-arbitrary.js';
import { hasSeeds, seed } from './support/shared.js';

const CHROMIUM = '/usr/bin/chromium';
// Pages are written outside the project (a folder made for the run): some are the seeds' reports, whose text is
// for measuring only.
let OUT = '';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const labels = { a: 'dushanbe.ar.txt', b: 'dushanbe.fa-AF.txt' };

if (!existsSync(CHROMIUM))
  console.warn(`test/html.browser.test.ts: skipped, no Chromium at ${CHROMIUM} (Debian: apt-get install chromium)`);

/**
 * English words whose letters the browser lays out from right to left: the trace of a bidi control (U+202E)
 * that reached the page and reversed the text after it. Every text node outside the documents' own text and
 * the script is measured letter by letter.
 */
function reversedEnglish(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [hidden], details:not([open]) > :not(summary)')) continue;
      const text = node.textContent ?? '';
      for (const word of text.matchAll(/[A-Za-z]{3,}/g)) {
        const lefts: number[] = [];
        const tops: number[] = [];
        for (let i = word.index; i < word.index + word[0].length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          lefts.push(rect.left);
          tops.push(rect.top);
        }
        const reversed = lefts.some((left, i) => i > 0 && tops[i] === tops[i - 1] && left < (lefts[i - 1] as number));
        if (reversed) out.push(word[0]);
      }
    }
    return out;
  });
}

describe.skipIf(!existsSync(CHROMIUM))('the HTML report in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let noScript: BrowserContext;
  /** Requests that left the page (the routes abort them), console errors, page errors and dialogs, by page. */
  const away: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];

  async function contextOf(javaScriptEnabled: boolean): Promise<BrowserContext> {
    const made = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 800 } });
    // Nothing may leave the machine, whatever the page tries.
    await made.route(/^(?!file:)/, (route) => {
      away.push(route.request().url());
      return route.abort();
    });
    return made;
  }

  beforeAll(async () => {
    OUT = mkdtempSync(join(tmpdir(), 'muqabala-html-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    context = await contextOf(true);
    noScript = await contextOf(false);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (OUT) rmSync(OUT, { recursive: true, force: true });
  });

  /** A page opened from a file (as a report saved to disk is), everything it does recorded. */
  async function open(name: string, html: string, on: BrowserContext = context): Promise<Page> {
    const file = join(OUT, `${name}.html`);
    writeFileSync(file, html);
    const page = await on.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${name}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
    page.on('dialog', async (d) => {
      dialogs.push(`${name}: ${d.message()}`);
      await d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  const noHorizontalScroll = (page: Page): Promise<{ scroll: number; width: number }> =>
    page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));

  describe.skipIf(!hasSeeds)(`seeds 000 and 001${hasSeeds ? '' : ' (skipped: no ../shared/seeds beside the checkout)'}`, () => {
    test('the first screen shows every conflict and warning with both sentences; no finding is said twice; nothing scrolls sideways at 390 px', async () => {
      const report = compare({ text: seed('000'), title: 'seed 000' }, { text: seed('001'), title: 'seed 001' });
      const serious = report.findings.filter((f) => f.severity !== 'info');
      expect(serious.length).toBeGreaterThan(0);
      const page = await open('seeds-000-001', renderHtml(report));
      const first = await page.$$eval('#check-first li.finding', (items) =>
        items.map((li) => ({
          severity: li.getAttribute('data-severity'),
          sentences: Array.from(li.querySelectorAll('.pair .side')).map((side) => {
            const rect = (side.querySelector('.sentence') ?? side).getBoundingClientRect();
            return { bottom: rect.bottom, left: rect.left, shown: rect.height > 0 };
          }),
        })),
      );
      expect(first.length).toBeGreaterThan(0);
      const height = await page.evaluate(() => innerHeight);
      for (const item of first) {
        expect(item.severity === 'warning' || item.severity === 'conflict').toBe(true);
        // Both sentences, side by side (the first document's on the left), within the first screen.
        expect(item.sentences).toHaveLength(2);
        for (const s of item.sentences) expect(s.shown && s.bottom <= height).toBe(true);
        expect(item.sentences[0]!.left).toBeLessThan(item.sentences[1]!.left);
      }
      expect(first.length).toBe(new Set(serious.map((f) => `${f.rule}\u0000${f.message}`)).size);
      // No finding's text repeats: each message is on the page once (tooltips aside).
      const shown = (
        await page.evaluate(() => {
          const clone = document.body.cloneNode(true) as HTMLElement;
          for (const e of Array.from(clone.querySelectorAll('script'))) e.remove();
          return clone.textContent ?? '';
        })
      ).replace(/\s+/g, ' ');
      for (const message of new Set(report.findings.map((f) => f.message)))
        expect(shown.split(message.replace(/\s+/g, ' ')).length - 1, message).toBe(1);
      await page.setViewportSize({ width: 390, height: 844 });
      const at390 = await noHorizontalScroll(page);
      expect(at390.scroll).toBeLessThanOrEqual(at390.width);
      expect(await reversedEnglish(page)).toEqual([]);
      await page.close();
    });

    test('the five-report page: the conflict with its sentence from both documents and links into them; nothing scrolls sideways at 390 px', async () => {
      const ids = ['000', '001', '002', '003', '004'];
      const many = compareMany(ids.map((id) => ({ id: `${id}.txt`, text: seed(id) })));
      const page = await open('seeds-five', renderMultiHtml(many));
      const conflicts = await page.$$eval('#check-first li.finding.sev-conflict', (items) =>
        items.map((li) =>
          Array.from(li.querySelectorAll('.pair .side')).map((side) => ({
            link: side.querySelector('.where a')?.getAttribute('href'),
            mark: side.querySelector('mark')?.textContent,
          })),
        ),
      );
      expect(conflicts.length).toBeGreaterThan(0);
      for (const sides of conflicts) {
        expect(sides).toHaveLength(2);
        for (const side of sides) {
          expect(side.link).toMatch(/^#d\d+-s\d+$/);
          expect(side.mark).toBeTruthy();
        }
      }
      // Following the link opens the document's text at that sentence.
      const link = page.locator('#check-first li.finding.sev-conflict .where a').first();
      const target = ((await link.getAttribute('href')) ?? '').slice(1);
      await link.click();
      await expect
        .poll(() =>
          page.evaluate((id) => {
            const sentence = document.getElementById(id);
            const top = sentence?.getBoundingClientRect().top ?? -1;
            return { open: sentence?.closest('details')?.open, visible: top >= 0 && top < innerHeight };
          }, target),
        )
        .toEqual({ open: true, visible: true });
      await page.setViewportSize({ width: 390, height: 844 });
      const at390 = await noHorizontalScroll(page);
      expect(at390.scroll).toBeLessThanOrEqual(at390.width);
      await page.close();
    });
  });

  test('highlights stand at their words; the texts run right to left side by side, the first document on the left; the page loads nothing', async () => {
    const report = dushanbeReport();
    const page = await open('dushanbe', renderHtml(report, { labels }));
    // Each finding's marks in the texts, joined, hold exactly the words of its location on each side.
    const highlighted = await page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const mark of Array.from(document.querySelectorAll<HTMLElement>('#texts td.side mark'))) {
        const side = mark.closest('td')?.classList.contains('side-a') ? 'a' : 'b';
        for (const n of (mark.dataset.findings ?? '').split(' ')) out[`${n}${side}`] = (out[`${n}${side}`] ?? '') + mark.textContent;
      }
      return out;
    });
    const expected: Record<string, string> = {};
    report.findings.forEach((f, i) => {
      for (const side of ['a', 'b'] as const) if (f[side]) expected[`${i + 1}${side}`] = f[side].text;
    });
    expect(highlighted).toEqual(expected);
    const sides = await page.$$eval('#texts td.side', (cells) =>
      cells.map((c) => ({ dir: c.getAttribute('dir'), direction: getComputedStyle(c).direction })),
    );
    expect(sides).toHaveLength(12);
    for (const s of sides) expect(s).toEqual({ dir: 'rtl', direction: 'rtl' });
    // Side by side: in every row the two cells share a top, do not overlap, and the first document is on the left.
    const rows = await page.$$eval('#texts tr.pair-row', (trs) =>
      trs.map((tr) => {
        const a = (tr.querySelector('.side-a') as HTMLElement).getBoundingClientRect();
        const b = (tr.querySelector('.side-b') as HTMLElement).getBoundingClientRect();
        return { sameTop: a.top === b.top, aRight: a.right, bLeft: b.left, aWidth: a.width, bWidth: b.width };
      }),
    );
    expect(rows).toHaveLength(report.alignment.beads.length);
    for (const r of rows) {
      expect(r.sameTop).toBe(true);
      expect(r.aRight).toBeLessThanOrEqual(r.bLeft + 1);
      expect(r.aWidth).toBeGreaterThan(300);
      expect(Math.abs(r.aWidth - r.bWidth)).toBeLessThan(2);
    }
    // The summary above has the same orientation.
    const summary = await page.$$eval('#check-first .pair', (pairs) =>
      pairs.map(
        (p) =>
          (p.querySelector('.side-a') as HTMLElement).getBoundingClientRect().left <
          (p.querySelector('.side-b') as HTMLElement).getBoundingClientRect().left,
      ),
    );
    expect(summary.every(Boolean)).toBe(true);
    // The style sheet and the script ran (the policy let them): a conflict is red, the filters are shown.
    expect(await page.$eval('mark.sev-conflict', (m) => getComputedStyle(m).backgroundColor)).toBe('rgb(253, 216, 211)');
    expect(await page.isVisible('#filters')).toBe(true);
    await page.screenshot({ path: join(OUT, 'dushanbe.png'), fullPage: true });
    expect(away).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('filters change what is shown; the keys n and p move between the findings shown; a highlight explains itself on focus', async () => {
    const page = await open('dushanbe-filters', renderHtml(dushanbeReport(), { labels }));
    const shown = (): Promise<string[]> =>
      page.$$eval('li.finding', (items) => items.filter((li) => !(li as HTMLElement).hidden).map((li) => li.id));
    expect(await shown()).toHaveLength(11);
    await page.uncheck('#filters input[name="severity"][value="conflict"]');
    expect(await shown()).toEqual([
      'finding-3',
      'finding-5',
      'finding-6',
      'finding-11',
      'finding-1',
      'finding-2',
      'finding-9',
      'finding-10',
    ]);
    // The highlights of the hidden findings are no longer coloured; those of a finding still shown are.
    expect(
      await page.$eval('#texts mark[data-findings="4"]', (m) => [m.classList.contains('off'), getComputedStyle(m).backgroundColor]),
    ).toEqual([true, 'rgba(0, 0, 0, 0)']);
    expect(await page.$eval('#texts mark[data-findings="6 7"]', (m) => m.classList.contains('off'))).toBe(false);
    await page.uncheck('#filters input[name="kind"][value="omission"]');
    await page.uncheck('#filters input[name="kind"][value="name"]');
    await page.uncheck('#filters input[name="kind"][value="date"]');
    // Nothing left to check first: the section says why it is empty.
    expect(await page.isVisible('#check-first .filtered')).toBe(true);
    for (const kind of ['omission', 'name', 'date']) await page.check(`#filters input[name="kind"][value="${kind}"]`);
    await page.check('#filters input[name="severity"][value="conflict"]');
    expect(await page.isVisible('#check-first .filtered')).toBe(false);

    // n, n, p: the first finding, the second, the first again; the folded section opens for the info ones.
    const active = (): Promise<string | undefined> => page.evaluate(() => document.activeElement?.closest('li.finding')?.id);
    // (In a filter's box the keys are the box's: leave it first.)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('n');
    expect(await active()).toBe('finding-4');
    await page.keyboard.press('n');
    expect(await active()).toBe('finding-7');
    await page.keyboard.press('p');
    expect(await active()).toBe('finding-4');
    for (let i = 0; i < 7; i++) await page.keyboard.press('n');
    expect(await active()).toBe('finding-1');
    expect(await page.$eval('#explained details', (d) => (d as HTMLDetailsElement).open)).toBe(true);

    // A highlight's note on keyboard focus, not printed on paper (where the colours are).
    const mark = '#texts td.side-a mark[data-findings="4"]';
    await page.focus(`${mark} a`);
    expect(await page.$eval(mark, (m) => getComputedStyle(m, '::after').content)).toContain('The Arabic text counts 12 new border posts');
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval(mark, (m) => getComputedStyle(m, '::after').display)).toBe('none');
    expect(await page.$eval(mark, (m) => getComputedStyle(m).backgroundColor)).toBe('rgb(253, 216, 211)');
    expect(await page.isVisible('#filters')).toBe(false);
    // On paper the folded sections are unfolded.
    await page.evaluate(() => ((document.querySelector('#explained details') as HTMLDetailsElement).open = false));
    expect(await page.isVisible('#explained li.finding')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    // Enter follows the highlight's link to its finding.
    await page.focus(`${mark} a`);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#finding-4');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without JavaScript the page reads the same: everything shown, the counts instead of the filters, links that work', async () => {
    const page = await open('dushanbe-no-script', renderHtml(dushanbeReport(), { labels }), noScript);
    expect(await page.isVisible('#filters')).toBe(false);
    expect(await page.isVisible('.counts')).toBe(true);
    const first = await page.$$eval('#check-first li.finding', (items) =>
      items.map((li) => (li as HTMLElement).offsetHeight > 0 && li.querySelectorAll('.pair .sentence, .pair .none').length),
    );
    expect(first).toEqual([2, 2, 2, 2, 2, 2, 2]);
    // The explained differences are folded; a link from the texts into them unfolds them.
    expect(await page.$eval('#explained details', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.click('#texts mark[data-findings="9"] a');
    expect(await page.evaluate(() => location.hash)).toBe('#finding-9');
    await expect.poll(() => page.$eval('#explained details', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    // And back from a summary into the texts.
    await page.click('#check-first #finding-4 .side-b .where a');
    expect(await page.evaluate(() => location.hash)).toBe('#f4-b');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('at 390 px nothing scrolls sideways: the sides of a finding stack, the texts become one column with their labels', async () => {
    const page = await open('dushanbe-390', renderHtml(dushanbeReport(), { labels }));
    await page.setViewportSize({ width: 390, height: 844 });
    const size = await noHorizontalScroll(page);
    expect(size.scroll).toBeLessThanOrEqual(size.width);
    const stacked = await page.$eval(
      '#finding-4 .pair',
      (p) =>
        (p.querySelector('.side-b') as HTMLElement).getBoundingClientRect().top >=
        (p.querySelector('.side-a') as HTMLElement).getBoundingClientRect().bottom,
    );
    expect(stacked).toBe(true);
    expect(await page.$eval('#pair-2 td.side-a', (td) => getComputedStyle(td, '::before').content)).toBe('"dushanbe.ar.txt"');
    for (const [name, html] of [
      ['hostile-390', renderHtml(hostileReport(), { labels: { a: PAYLOADS[0], b: 'x'.repeat(200) } })],
      [
        'multi-390',
        renderMultiHtml(
          compareMany([
            { id: 'a-very-long-file-name-without-any-space-in-it.ar.txt', text: 'وأعلنت وزارة الصحة مقتل 12 شخصًا في زلزال هرات.' },
            { id: 'b.txt', text: 'وقالت وزارة الصحة إن زلزال هرات أسفر عن مقتل 15 شخصًا.' },
          ]),
        ),
      ],
    ] as const) {
      const other = await open(name, html);
      await other.setViewportSize({ width: 390, height: 844 });
      const s = await noHorizontalScroll(other);
      expect(s.scroll, name).toBeLessThanOrEqual(s.width);
      await other.close();
    }
    await page.close();
  });

  test('a U+202E in a name, a title or a file name reverses no English text', async () => {
    // The check can fail: a page where the control is obeyed has English words laid out backwards.
    const obeyed = await open(
      'bidi-control',
      '<!DOCTYPE html><html lang="en"><body><p>The name \u202eTajikistan is spelled two ways.</p></body></html>',
    );
    expect(await reversedEnglish(obeyed)).toEqual(['Tajikistan', 'spelled', 'two', 'ways']);
    await obeyed.close();

    const arabic = 'وصل الرئيس إمام علي رحمن\u202e إلى دوشنبه، وقال إن 12 جنديا قتلوا.';
    const persian = 'امامعلی رحمان\u202e به دوشنبه رسید و گفت ۱۴ سرباز کشته شدند.';
    const report = compare(
      { text: arabic, title: 'agency\u202e.ar.txt' },
      { text: persian, title: 'رسمی\u202e.txt' },
      { mode: 'parallel' },
    );
    expect(report.findings.some((f) => /\u202e/.test(f.message))).toBe(true);
    const page = await open('bidi', renderHtml(report, { title: 'Report \u202e on رحمن' }));
    expect(await page.evaluate(() => /[\u202a-\u202e]/.test(document.documentElement.outerHTML))).toBe(false);
    expect(await reversedEnglish(page)).toEqual([]);
    // The same for a hand-made report with the control in every kind of string.
    const evil = JSON.parse(JSON.stringify(dushanbeReport()).replace(/(أسانوف|Kyrgyzstan|ميرزا)/g, '$1\\u202e')) as ComparisonReport;
    const hand = await open('bidi-hand', renderHtml(evil, { labels: { a: 'evil\u202etxt.ar', b: 'b\u202e.txt' } }));
    await hand.evaluate(() => {
      for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
    });
    expect(await reversedEnglish(hand)).toEqual([]);
    expect(await hand.title()).toBe('Comparison report: evil⟦U+202E⟧txt.ar and b⟦U+202E⟧.txt');
    await page.close();
    await hand.close();
  });

  /** The page's elements, tags and event-handler attributes, bidi isolates aside (their number follows the text). */
  const structure = (page: Page): Promise<{ elements: number; tags: string[]; handlers: string[]; javascript: number }> =>
    page.evaluate(() => {
      const all = Array.from(document.querySelectorAll('*')).filter((e) => e.tagName !== 'BDI');
      return {
        elements: all.length,
        tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))].sort(),
        handlers: all.flatMap((e) =>
          Array.from(e.attributes)
            .filter((a) => a.name.startsWith('on'))
            .map((a) => a.name),
        ),
        javascript: all.filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? '')).length,
      };
    });

  test("hostile input shows as text: nothing runs but the page's own script, no element or attribute is added", async () => {
    const html = renderHtml(hostileReport(), { labels: { a: PAYLOADS[2], b: PAYLOADS[4] }, title: PAYLOADS[5] });
    const x = (s: string): string => 'x'.repeat(s.length);
    const twin = renderHtml(harmlessTwin(hostileReport()), { labels: { a: x(PAYLOADS[2]), b: x(PAYLOADS[4]) }, title: x(PAYLOADS[5]) });
    const reference = await structure(await open('hostile-twin', twin));
    const page = await open('hostile', html);
    // Give handlers a chance: hover every highlight, follow every link (through the DOM, folded ones too).
    for (const mark of await page.$$('#texts mark a')) await mark.hover();
    for (const link of await page.$$('a[href]'))
      await link.evaluate((a) => {
        (a as HTMLElement).click();
      });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const found = await structure(page);
    expect(found).toEqual(reference);
    expect(found.handlers).toEqual([]);
    expect(found.javascript).toBe(0);
    expect(await page.textContent('#a-s1')).toContain('<script>window.__pwned=1</script>');
    expect(await page.title()).toBe(PAYLOADS[5]);
    expect(dialogs).toEqual([]);
    expect(away).toEqual([]);
    await page.close();
  });

  test('the Content-Security-Policy stops a script or an image that got into the page anyway', async () => {
    const html = renderHtml(dushanbeReport()).replace(
      '</main>',
      '</main><script>window.__pwned = 9</script><img src="https://example.invalid/x.png" onerror="window.__pwned = 10">',
    );
    const before = errors.length;
    const page = await open('csp', html);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The page's own script still ran.
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    expect(errors.slice(before).some((m) => m.startsWith('csp:') && m.includes('Content Security Policy'))).toBe(true);
    errors.length = before;
    expect(away).toEqual([]);
    await page.close();
  });
});
