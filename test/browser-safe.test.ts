import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

// The core runs in browsers: only src/cli/ may touch Node's modules, the file system or the process.
const SRC = join(import.meta.dirname, '../src');
const FORBIDDEN = [
  /from\s+['"]node:/,
  /from\s+['"](fs|path|os|child_process|url|util|crypto|worker_threads)['"]/,
  /\brequire\(/,
  /\bprocess\./,
  /\bBuffer\./,
  /\b__dirname\b/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'cli' ? [] : files(path);
    return [path];
  });
}

test('the core imports nothing that only Node has', () => {
  const offenders = files(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return FORBIDDEN.filter((re) => re.test(text)).map((re) => `${relative(SRC, file)}: ${re}`);
  });
  expect(offenders).toEqual([]);
});
