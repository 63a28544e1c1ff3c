import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { compareNames } from '../../src/index.js';

/** Asserts that compareNames calls two names the same and that its explanation names the convention given. */
export function expectSameName(a: string, b: string, convention: string): void {
  const m = compareNames(a, b);
  expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(true);
  expect(m.reason.detail).toContain(convention);
}

/** Asserts that compareNames calls two names the same, and returns its explanation. */
export function expectSame(a: string, b: string): string {
  const m = compareNames(a, b);
  expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(true);
  return m.reason.detail;
}

/** Asserts that compareNames keeps two names apart, and returns its explanation. */
export function expectDifferentNames(a: string, b: string): string {
  const m = compareNames(a, b);
  expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(false);
  return m.reason.detail;
}

/** The pairs of the open development set with a Latin name on one side and an Arabic-script name on the other. */
export function latinDevelopmentPairs(): { latin: string; other: string }[] {
  const file = join(import.meta.dirname, '../fixtures/name-pairs-open.tsv');
  const out: { latin: string; other: string }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('label\t')) continue;
    const [, , , , a = '', b = ''] = line.split('\t');
    const latinA = /[A-Za-z]/u.test(a);
    if (latinA === /[A-Za-z]/u.test(b)) continue;
    out.push(latinA ? { latin: a, other: b } : { latin: b, other: a });
  }
  return out;
}
