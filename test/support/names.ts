import { expect } from 'vitest';
import { compareNames } from '../../src/index.js';

/** Asserts that compareNames calls two names the same and that its explanation names the convention given. */
export function expectSameName(a: string, b: string, convention: string): void {
  const m = compareNames(a, b);
  expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(true);
  expect(m.reason.detail).toContain(convention);
}

/** Asserts that compareNames keeps two names apart. */
export function expectDifferentNames(a: string, b: string): void {
  const m = compareNames(a, b);
  expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(false);
}
