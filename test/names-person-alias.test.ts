import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a person known by a kunya, a nom de guerre or a title with the given name', () => {
  it.each([
    ['Abu Mazen', 'محمود عباس', 'the kunya'],
    ['أبو علاء', 'أحمد قريع', 'the kunya'],
    ['ابومهدی المهندس', 'جمال جعفر آل إبراهيم', 'the nom de guerre'],
    ['امام صادق', 'جعفر الصادق', 'a title and the given name'],
    ['شیر پنجشیر', 'احمد شاه مسعود', 'the epithet'],
  ])('%s / %s', (alias, own, what) => {
    const m = compareNames(alias, own);
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('convention');
    expect(m.reason.detail).toContain(`${alias} is ${what} by which ${own} is known`);
  });

  it('keeps two people and their other names apart', () => {
    expect(compareNames('أبو مازن', 'ياسر عرفات').same).toBe(false);
    expect(compareNames('أبو عمار', 'أبو مازن').same).toBe(false);
  });
});
