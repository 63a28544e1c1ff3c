/**
 * The shipped browser build, dist/muqabala.browser.js, as the browser tests load it: the file itself, built by
 * the project's own tsup configuration (its browser entry) when it is missing or older than the sources, so that
 * a test never serves a bundle of its own making in its place.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
export const SHIPPED_BROWSER_BUILD = join(ROOT, 'dist/muqabala.browser.js');

/** The newest modification time of the files the browser build is made of. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(ROOT, 'src'));
  for (const file of ['tsup.config.ts', 'package.json', 'package-lock.json']) newest = Math.max(newest, statSync(join(ROOT, file)).mtimeMs);
  return newest;
}

/** The path of dist/muqabala.browser.js, built first (browser entry only) when missing or stale. */
export async function shippedBrowserBuild(): Promise<string> {
  let built = 0;
  try {
    built = statSync(SHIPPED_BROWSER_BUILD).mtimeMs;
  } catch {
    // Not built yet.
  }
  if (built > newestSource()) return SHIPPED_BROWSER_BUILD;
  const [{ build }, { default: configs }] = await Promise.all([import('tsup'), import('../tsup.config.js')]);
  const list = Array.isArray(configs) ? configs : [configs];
  const browser = list.find((c) => typeof c === 'object' && c.entry && !Array.isArray(c.entry) && 'muqabala.browser' in c.entry);
  if (!browser || typeof browser !== 'object') throw new Error('tsup.config.ts has no muqabala.browser entry');
  await build({ ...browser, config: false, silent: true });
  return SHIPPED_BROWSER_BUILD;
}
