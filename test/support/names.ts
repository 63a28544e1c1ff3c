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
