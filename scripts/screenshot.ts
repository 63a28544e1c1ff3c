/**
 * The screenshot in the README and docs/: the HTML report of seeds 000 (Arabic) against 001 (Dari), opened
 * in headless Chromium (the Debian package). Needs ../shared/seeds.
 *
 *   npx tsx scripts/screenshot.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { compare, renderHtml } from '../src/index.js';

const seeds = join(import.meta.dirname, '../../shared/seeds');
const seed = (id: string): string => {
  const file = readdirSync(seeds).find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`seed ${id} not found in ${seeds}`);
  return readFileSync(join(seeds, file), 'utf8');
};

const report = compare({ text: seed('000'), title: 'seed 000 (Arabic)' }, { text: seed('001'), title: 'seed 001 (Dari)' });
const html = renderHtml(report, { labels: { a: 'seed 000, Arabic', b: 'seed 001, Dari' } });
const docs = join(import.meta.dirname, '../docs');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
await page.setContent(html, { waitUntil: 'load' });
await page.screenshot({ path: join(docs, 'report-000-001.png') });
await browser.close();
console.log('wrote docs/report-000-001.png');
