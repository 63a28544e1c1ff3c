/**
 * The HTML report in a real browser: headless Chromium (the Debian package, /usr/bin/chromium; .ci/run
 * installs it) driven by playwright-core. Skips when Chromium is not installed.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compare, renderHtml, type ComparisonReport } from '../src/index.js';
import { dushanbeReport, hostileReport, PAYLOADS } from './fixtures/reports.js';
import { harmlessTwin } from './support/report-arbitrary.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(import.meta.dirname, 'out');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe.skipIf(!existsSync(CHROMIUM))('the HTML report in Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  /** Every request any page made, except loading the report files themselves. */
  const requests: string[] = [];
  /** Those the page's Content-Security-Policy stopped before they reached the network. */
  const blockedByCsp: string[] = [];
  /** Requests that got past the page's policy (the route below aborts them, so none reaches the network). */
  const attempted = (): string[] => {
    const blocked = [...blockedByCsp];
    return requests.filter((url) => {
      const i = blocked.indexOf(url);
      if (i < 0) return true;
      blocked.splice(i, 1);
      return false;
    });
  };
  /** Console messages (CSP violations are reported there). */
  const messages: string[] = [];
  /** alert(), confirm() and prompt() dialogs any page opened. */
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'muqabala-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
    context.on('request', (request) => {
      if (!request.url().startsWith(pathToFileURL(OUT).href)) requests.push(request.url());
    });
    context.on('requestfailed', (request) => {
      if (request.failure()?.errorText === 'csp') blockedByCsp.push(request.url());
    });
    // Nothing may leave the machine, whatever the page tries.
    await context.route(/^(?!file:)/, (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(name: string, html: string): Promise<Page> {
    const file = join(OUT, `${name}.html`);
    writeFileSync(file, html);
    const page = await context.newPage();
    page.on('console', (message) => messages.push(`${name}: ${message.text()}`));
    page.on('pageerror', (error) => messages.push(`${name}: ${error.message}`));
    page.on('dialog', async (dialog) => {
      dialogs.push(`${name}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  const labels = { a: 'dushanbe.ar.txt', b: 'dushanbe.fa-AF.txt' };

  test('highlights stand at their words, the texts run right to left side by side, and the page loads nothing', async () => {
    const report = dushanbeReport();
    const page = await open('dushanbe', renderHtml(report, { labels }));

    // Each finding's marks, joined, hold exactly the words of its location on each side.
    const highlighted = await page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const mark of Array.from(document.querySelectorAll<HTMLElement>('td.side mark'))) {
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

    // Right to left, in the document's language.
    const sides = await page.$$eval('td.side', (cells) =>
      cells.map((c) => ({ dir: c.getAttribute('dir'), lang: c.getAttribute('lang'), direction: getComputedStyle(c).direction })),
    );
    expect(sides).toHaveLength(12);
    for (const s of sides) expect(s).toMatchObject({ dir: 'rtl', direction: 'rtl' });
    expect(new Set(sides.map((s) => s.lang))).toEqual(new Set(['ar', 'fa-AF']));
    const textAlign = await page.$eval('#a-s0', (p) => getComputedStyle(p).textAlign);
    expect(['start', 'right']).toContain(textAlign);

    // Side by side: in every row A's cell and B's cell share a top, do not overlap, and A is on the right.
    const rows = await page.$$eval('tr.bead', (trs) =>
      trs.map((tr) => {
        const a = (tr.querySelector('.side-a') as HTMLElement).getBoundingClientRect();
        const b = (tr.querySelector('.side-b') as HTMLElement).getBoundingClientRect();
        return { aTop: a.top, bTop: b.top, aLeft: a.left, bRight: b.right, aWidth: a.width, bWidth: b.width };
      }),
    );
    expect(rows).toHaveLength(report.alignment.beads.length);
    for (const r of rows) {
      expect(r.aTop).toBe(r.bTop);
      expect(r.aLeft).toBeGreaterThanOrEqual(r.bRight - 1);
      expect(r.aWidth).toBeGreaterThan(300);
      expect(Math.abs(r.aWidth - r.bWidth)).toBeLessThan(2);
    }

    // The style sheet applied (the CSP let it through): a conflict is red, an uncertain row dashed.
    const colours = await page.evaluate(() => ({
      conflict: getComputedStyle(document.querySelector('mark.sev-conflict') as Element).backgroundColor,
      info: getComputedStyle(document.querySelector('mark.sev-info') as Element).backgroundColor,
      uncertain: getComputedStyle(document.querySelector('tr.uncertain td') as Element).borderTopStyle,
    }));
    expect(colours).toEqual({ conflict: 'rgb(253, 216, 211)', info: 'rgb(215, 230, 251)', uncertain: 'dashed' });

    await page.screenshot({ path: join(OUT, 'dushanbe.png'), fullPage: true });
    expect(attempted()).toEqual([]);
    expect(messages).toEqual([]);
    await page.close();
  });

  test('a highlight explains itself on hover and on keyboard focus, and links to its finding and back', async () => {
    const page = await open('dushanbe-keyboard', renderHtml(dushanbeReport(), { labels }));
    const note = (selector: string): Promise<string> => page.$eval(selector, (m) => getComputedStyle(m, '::after').content);
    const mark = 'td.side-a mark[data-findings="4"]';
    expect(await note(mark)).toBe('none');

    // The mouse gets the title as the browser's tooltip; the styled note is for the keyboard.
    await page.hover(mark);
    expect(await page.evaluate(() => document.querySelector('mark:hover')?.getAttribute('title'))).toBe(
      '#4 conflict · number/different\nA counts 12 new border posts where B counts 14.',
    );

    // Tab from the top of the page reaches the highlights.
    let reached = '';
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('mark')?.getAttribute('data-findings') ?? '');
    }
    expect(reached).not.toBe('');
    expect(await note(`td.side mark[data-findings="${reached}"]`)).toContain(`#${reached.split(' ')[0]} `);

    // Focus the mark of finding 4, read its note, follow it to the list with Enter, and come back.
    await page.focus(`${mark} a`);
    expect(await note(mark)).toContain('#4 conflict · number/different');
    await page.screenshot({ path: join(OUT, 'dushanbe-focus.png') });
    // On paper the note is not printed (and the highlight colours are).
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval(mark, (m) => getComputedStyle(m, '::after').display)).toBe('none');
    expect(await page.$eval(mark, (m) => getComputedStyle(m).backgroundColor)).toBe('rgb(253, 216, 211)');
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#finding-4');
    expect(await page.$eval('#finding-4', (li) => li.matches(':target'))).toBe(true);
    await page.click('#finding-4 a[href="#f4-b"]');
    expect(await page.evaluate(() => location.hash)).toBe('#f4-b');
    expect(await page.$eval('#f4-b', (span) => span.closest('td')?.classList.contains('side-b') && span.parentElement?.textContent)).toBe('۱۴');
    expect(attempted()).toEqual([]);
    await page.close();
  });

  /** What the hostile page holds that a page built from the same report with harmless text would not. */
  async function hostilePage(name: string, html: string): Promise<Page> {
    const page = await open(name, html);
    // Give onerror/onload handlers a chance to fire, and follow every link and hover every highlight.
    for (const mark of await page.$$('mark a')) await mark.hover();
    for (const link of await page.$$('a[href]')) await link.click();
    await page.waitForTimeout(200);
    return page;
  }

  const structure = (page: Page): Promise<{ elements: number; tags: string[]; handlers: string[]; javascript: number }> =>
    page.evaluate(() => {
      const all = Array.from(document.querySelectorAll('*'));
      return {
        elements: all.length,
        tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))].sort(),
        handlers: all.flatMap((e) => Array.from(e.attributes).filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        javascript: all.filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? '')).length,
      };
    });

  test('hostile input shows as text: nothing runs, no element or attribute is added', async () => {
    const html = renderHtml(hostileReport());
    const twin = renderHtml(harmlessTwin(hostileReport()));
    // Escaping alone must hold, so the page is also loaded without its Content-Security-Policy.
    const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(withoutCsp).not.toBe(html);
    const reference = await structure(await open('hostile-twin', twin));
    const referenceWithoutCsp = { ...reference, elements: reference.elements - 1 };
    for (const [name, page, expected] of [
      ['hostile', await hostilePage('hostile', html), reference],
      ['hostile-no-csp', await hostilePage('hostile-no-csp', withoutCsp), referenceWithoutCsp],
    ] as const) {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), name).toBeUndefined();
      const found = await structure(page);
      expect(found, name).toEqual(expected);
      expect(found.handlers).toEqual([]);
      expect(found.tags).not.toContain('script');
      expect(found.javascript).toBe(0);
      // The payloads are on the page as text.
      expect(await page.textContent('#a-s0')).toContain('<script>window.__pwned=1</script>');
      expect(await page.textContent('#a-s1')).toContain('<img src=x onerror="window.__pwned=2">');
      if (name === 'hostile') await page.screenshot({ path: join(OUT, 'hostile.png'), fullPage: true });
    }
    expect(attempted()).toEqual([]);
  });

  test('a report compare() made of hostile texts, with hostile labels and title: nothing runs, the markup is its harmless twin\'s', async () => {
    const alerts = PAYLOADS.map((p) => p.replace(/window\.__pwned=(\d+)/g, 'alert($1)'));
    // Payloads among names, numbers and dates, so that the findings compare() makes cut through them.
    const arabic = `قال الرئيس إمام علي رحمن ${PAYLOADS[0]} إن 12 جنديا ${alerts[1]} قتلوا في مطلع ديسمبر الماضي.\nوأضاف ${PAYLOADS[2]} أن الوفد وصل ${alerts[6]}.`;
    const persian = `امامعلی رحمان ${alerts[0]} گفت ۱۴ سرباز ${PAYLOADS[1]} در اوایل ماه قوس کشته شدند.`;
    // Markup fills most of these texts, so compare() could take them for independent reports: ask for a translation pair.
    const report = compare({ text: arabic, title: alerts[5] ?? '' }, { text: persian, title: PAYLOADS[3] ?? '' }, { mode: 'parallel' });
    expect(report.findings.filter((f) => f.kind !== 'omission').length).toBeGreaterThan(2);
    const options = { labels: { a: alerts[2] ?? '', b: PAYLOADS[4] ?? '' }, title: alerts[5] ?? '' };
    const x = (s: string): string => 'x'.repeat(s.length);
    const twinOptions = { labels: { a: x(options.labels.a), b: x(options.labels.b) }, title: x(options.title) };
    const reference = await structure(await open('hostile-compare-twin', renderHtml(harmlessTwin(report), twinOptions)));
    const page = await hostilePage('hostile-compare', renderHtml(report, options));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await structure(page)).toEqual(reference);
    expect(await page.title()).toBe(options.title);
    expect(dialogs).toEqual([]);
    expect(attempted()).toEqual([]);
    await page.close();
  });

  test('the Content-Security-Policy stops a script or an image that got into the page anyway', async () => {
    const html = renderHtml(dushanbeReport()).replace(
      '</main>',
      '</main><script>window.__pwned = 9</script><img src="https://example.invalid/x.png" onerror="window.__pwned = 10">',
    );
    const page = await open('csp', html);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(blockedByCsp).toContain('https://example.invalid/x.png');
    expect(attempted()).toEqual([]);
    expect(messages.some((m) => m.startsWith('csp:') && m.includes('Content Security Policy'))).toBe(true);
    await page.close();
  });
});
