/**
 * `npm run screenshots`: the pictures in the README, made from the current code in headless Chromium (the
 * Debian package, /usr/bin/chromium) and written to docs/screenshots/:
 *
 * - report-000-001-1280.png, report-000-001-390.png: the HTML report of seed 000 (Arabic) against seed 001
 *   (Dari), the first screen on a desktop and on a phone;
 * - report-five.png: the page of the five seed reports compared with each other;
 * - browser-example.png: the browser example (examples/browser/) after a comparison, with the shipped
 *   dist/muqabala.browser.js (built first when missing or stale).
 *
 * Needs ../shared/seeds beside the checkout.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { compare, compareMany, renderHtml, renderMultiHtml } from '../src/index.js';
import { shippedBrowserBuild } from './browser-build.js';
import { serve } from './serve-examples.js';

const seeds = join(import.meta.dirname, '../../shared/seeds');
const seed = (id: string): string => {
  const file = readdirSync(seeds).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`seed ${id} not found in ${seeds}`);
  return readFileSync(join(seeds, file), 'utf8');
};
const out = join(import.meta.dirname, '../docs/screenshots');
mkdirSync(out, { recursive: true });

const pair = renderHtml(compare({ text: seed('000'), title: 'seed 000 (Arabic)' }, { text: seed('001'), title: 'seed 001 (Dari)' }));
const five = renderMultiHtml(compareMany(['000', '001', '002', '003', '004'].map((id) => ({ id: `seed ${id}`, text: seed(id) }))));
await shippedBrowserBuild();
const { server, url } = await serve();

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const shoot = async (name: string, width: number, height: number, show: (page: Page) => Promise<void>): Promise<void> => {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => {
      throw e;
    });
    await show(page);
    await page.screenshot({ path: join(out, name) });
    await page.close();
    console.log(`wrote docs/screenshots/${name}`);
  };
  await shoot('report-000-001-1280.png', 1280, 900, (page) => page.setContent(pair, { waitUntil: 'load' }));
  await shoot('report-000-001-390.png', 390, 1100, (page) => page.setContent(pair, { waitUntil: 'load' }));
  await shoot('report-five.png', 1280, 1100, (page) => page.setContent(five, { waitUntil: 'load' }));
  await shoot('browser-example.png', 1280, 1200, async (page) => {
    await page.goto(`${url}/examples/browser/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#compare');
    const frame = await (await page.waitForSelector('#report[src^="blob:"]')).contentFrame();
    await frame?.waitForSelector('main');
  });
} finally {
  await browser.close();
  server.close();
}
