import { describe, expect, test } from 'vitest';
import { claimSpace } from '../src/align/claim-space.js';
import { candidatePairs } from '../src/align/claim-matching.js';

// Long texts (more than 40,000 sentence pairs) are matched through an index of rare words. A sentence the other
// text repeats (a refrain) must not pair with every copy: the pairs would grow with the square of the text.
const N = 250;
const EVERY = 5;
const REFRAIN_AR = 'وقال المتحدث باسم شركة زورفكس للملاحة إن السفينة وصلت إلى ميناء قشمير الجديد';
const REFRAIN_FA = 'سخنگوی شرکت کشتیرانی زورفکس گفت کشتی به بندر جدید قشمیر رسید';
const arabic = Array.from({ length: N }, (_, i) =>
  i % EVERY === 0 ? REFRAIN_AR : `سجلت المحطة ${1000 + i * 7} زائرا في اليوم ${i} من الموسم`,
);
const persian = Array.from({ length: N }, (_, i) =>
  i % EVERY === 0 ? REFRAIN_FA : `ایستگاه در روز ${i} فصل ${1000 + i * 7} بازدیدکننده ثبت کرد`,
);

describe('claim candidates of long texts', () => {
  const space = claimSpace(arabic, persian, { source: 'ar', target: 'fa' }, { source: new Set(), target: new Set() });
  const pairs = candidatePairs(space, 0);
  const of = (i: number): number[] => pairs.filter(([s]) => s === i).map(([, t]) => t);

  test('a refrain is a candidate of at most twelve of its copies, the nearest in place first', () => {
    const copies = N / EVERY;
    for (let i = 0; i < N; i += EVERY) {
      const candidates = of(i);
      expect(candidates.length).toBeGreaterThan(0);
      expect(candidates.length).toBeLessThan(copies);
      expect(candidates.length).toBeLessThanOrEqual(12);
      // Its own place's copy is among them, and every candidate is one of the nearest copies.
      expect(candidates).toContain(i);
      for (const j of candidates) expect(Math.abs(j - i)).toBeLessThanOrEqual(12 * EVERY);
    }
  });

  test('a sentence said once keeps its counterpart among its candidates', () => {
    for (const i of [1, 77, 248]) expect(of(i)).toContain(i);
  });
});
