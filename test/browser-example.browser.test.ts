/**
 * The browser example (examples/browser/) in headless Chromium: the page served over HTTP by the project's
 * own static server, loading the SHIPPED browser build, dist/muqabala.browser.js itself (built by the project's
 * tsup configuration first when it is missing or older than the sources). A person's path: the example reports
 * are there, Compare shows the report with its findings, its filters work; no console error anywhere. Then
 * hostile texts pasted in: nothing runs, in the page or in the report's frame, beyond the report's own script.
 * Skips when Chromium is not installed.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../scripts/serve-examples.js';
import { shippedBrowserBuild } from '../scripts/browser-build.js';
import { PAYLOADS } from './fixtures/reports.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(import.meta.dirname, 'out', 'browser-example');

if (!existsSync(CHROMIUM)) console.warn(`test/browser-example.browser.test.ts: skipped, no Chromium at ${CHROMIUM} (Debian: apt-get install chromium)`);

describe.skipIf(!existsSync(CHROMIUM))('the browser example page', () => {
  let browser: Browser;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const bundle = await shippedBrowserBuild();
    // The file a user gets: one module that imports nothing (a browser resolves no bare module name).
    expect(readFileSync(bundle, 'utf8')).not.toMatch(/\bfrom\s*["'][^"'./]|\bimport\s*\(?\s*["'][^"'./]/);
    ({ server, url: base } = await serve());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** The example page, with everything it did recorded: requests away from the server, errors, dialogs. */
  async function openExample(): Promise<{ page: Page; away: string[]; errors: string[]; dialogs: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const away: string[] = [];
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith(`blob:${base}/`)) away.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.route((url) => !url.href.startsWith(base) && !url.href.startsWith(`blob:${base}/`), (route) => route.abort());
    await page.goto(`${base}/examples/browser/`);
    await page.waitForSelector('body[data-ready="true"]');
    return { page, away, errors, dialogs };
  }

  async function compareAndWait(page: Page): Promise<Frame> {
    await page.click('#compare');
    await page.waitForFunction(() => (document.querySelector('#report') as HTMLIFrameElement).src.startsWith('blob:'));
    const frame = await (await page.$('#report'))?.contentFrame();
    if (!frame) throw new Error('no report frame');
    await frame.waitForSelector('main');
    return frame;
  }

  test('the example reports are there; Compare shows the report with its findings in a sandboxed frame', async () => {
    const { page, away, errors, dialogs } = await openExample();
    const a = await page.inputValue('#a');
    const b = await page.inputValue('#b');
    expect(a).toContain('بشكيك');
    expect(b).toContain('بیشکک');

    const frame = await compareAndWait(page);
    const status = await page.textContent('#status');
    const count = Number(/^([\d,]+) finding/.exec(status ?? '')?.[1]?.replace(/,/g, ''));
    expect(count).toBeGreaterThan(0);
    // Every finding is on the report, said once (a repeated one in its group's line).
    const members = await frame.$$eval('li.finding', (items) => items.flatMap((li) => (li.getAttribute('data-members') ?? '').split(' ')));
    expect(members).toHaveLength(count);
    // The number the Dari version changed (12 trucks against ۱۴) is a conflict to check first, with both sentences.
    const first = await frame.$$eval('#check-first li.finding', (items) =>
      items.map((li) => ({ kind: li.getAttribute('data-kind'), severity: li.getAttribute('data-severity'), sides: li.querySelectorAll('.pair .side').length })),
    );
    expect(first).toContainEqual({ kind: 'number', severity: 'conflict', sides: 2 });
    const marks = await frame.$$eval('#texts mark.sev-conflict', (ms) => ms.map((m) => m.textContent));
    expect(marks).toEqual(expect.arrayContaining(['12', '۱۴']));
    // Both texts, right to left, the Arabic on the left as in the boxes above.
    expect(await frame.$$eval('td.side', (cells) => cells.every((c) => c.getAttribute('dir') === 'rtl'))).toBe(true);
    const left = await frame.$eval('td.side-a', (td) => td.getBoundingClientRect().left);
    expect(left).toBeLessThan(await frame.$eval('td.side-b', (td) => td.getBoundingClientRect().left));
    expect(left < 400 && (await page.$eval('#a', (t) => t.getBoundingClientRect().left)) < (await page.$eval('#b', (t) => t.getBoundingClientRect().left))).toBe(true);
    // The report's own script runs in the sandbox (and nothing else could): the filters work.
    expect(await page.getAttribute('#report', 'sandbox')).toBe('allow-scripts');
    expect(await frame.isVisible('#filters')).toBe(true);
    await frame.uncheck('#filters input[name="kind"][value="number"]');
    expect(await frame.$$eval('li.finding[data-kind="number"]', (items) => items.every((li) => (li as HTMLElement).hidden))).toBe(true);
    await frame.check('#filters input[name="kind"][value="number"]');
    expect(await frame.$$eval('li.finding[data-kind="number"]', (items) => items.some((li) => !(li as HTMLElement).hidden))).toBe(true);
    // A finding's place in the summary leads to its highlight in the texts, within the report.
    const link = frame.locator('#check-first li.finding[data-kind="number"] .where a').first();
    const target = ((await link.getAttribute('href')) ?? '').slice(1);
    await link.click();
    const place = (): Promise<{ inText: boolean; visible: boolean }> =>
      frame.evaluate((id) => {
        const anchor = document.getElementById(id);
        const top = anchor?.parentElement?.getBoundingClientRect().top ?? -1;
        return { inText: !!anchor?.closest('td')?.classList.contains('side'), visible: top > -1 && top < innerHeight };
      }, target);
    await expect.poll(place).toEqual({ inText: true, visible: true });

    await page.screenshot({ path: join(OUT, 'example.png'), fullPage: true });
    expect(away).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test('hostile texts pasted in run nothing and add no markup, in the page or in the report', async () => {
    const { page, away, errors, dialogs } = await openExample();
    const alerts = PAYLOADS.map((p) => p.replace(/window\.__pwned=(\d+)/g, 'alert($1)'));
    // The payloads among words, names, numbers and dates, so that findings' spans cut through them.
    const arabic = [
      `قال الرئيس إمام علي رحمن ${PAYLOADS[0]} إن 12 جنديا ${PAYLOADS[1]} قتلوا في مطلع ديسمبر الماضي.`,
      `وأضاف ${alerts[2]} أن الوفد ${PAYLOADS[3]} وصل إلى دوشنبه ${alerts[5]}.`,
      `${PAYLOADS[7]} ${alerts[6]} انتهى ${PAYLOADS[4]}.`,
    ].join('\n');
    const persian = [
      `امامعلی رحمان ${alerts[0]} گفت ۱۴ سرباز ${alerts[1]} در اوایل ماه قوس کشته شدند.`,
      `او افزود ${PAYLOADS[2]} که هیئت ${alerts[3]} به دوشنبه رسید ${PAYLOADS[5]}.`,
    ].join('\n');
    await page.fill('#a', arabic);
    await page.fill('#b', persian);
    const frame = await compareAndWait(page);
    // Give handlers a chance: hover every highlight and follow every link of the report.
    // (Links in folded sections are clicked through the DOM, as a keyboard would follow them.)
    for (const mark of await frame.$$('#texts mark a')) await mark.hover();
    for (const link of await frame.$$('a[href]')) await link.evaluate((a) => (a as HTMLElement).click());
    await page.waitForTimeout(300);

    expect(dialogs).toEqual([]);
    for (const context of [page.mainFrame(), frame]) {
      expect(await context.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
    const injected = await frame.evaluate(() => {
      const all = Array.from(document.querySelectorAll('*'));
      return {
        tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))].filter((t) => ['img', 'svg', 'iframe', 'textarea'].includes(t)),
        // The report's own script, the one its policy allows, and no other.
        scripts: all.filter((e) => e.tagName === 'SCRIPT').length,
        handlers: all.flatMap((e) => Array.from(e.attributes).filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}.${a.name}`)),
        javascript: all.filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? '')).length,
        text: document.body.textContent ?? '',
      };
    });
    expect(injected.tags).toEqual([]);
    expect(injected.scripts).toBe(1);
    expect(injected.handlers).toEqual([]);
    expect(injected.javascript).toBe(0);
    // The payloads are on the page as the characters they are.
    expect(injected.text).toContain(PAYLOADS[0]);
    expect(injected.text).toContain(alerts[1]);
    expect(await frame.$$eval('li.finding', (items) => items.length)).toBeGreaterThan(0);
    // The page's own markup is unchanged: still the two text areas, the button and the one frame.
    expect(await page.$$eval('body *', (els) => els.filter((e) => ['SCRIPT', 'IFRAME', 'IMG', 'SVG'].includes(e.tagName)).length)).toBe(2);

    await page.screenshot({ path: join(OUT, 'hostile.png'), fullPage: true });
    expect(away).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
