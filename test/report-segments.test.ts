import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitAtSpans } from '../src/report/segments.js';

describe('splitAtSpans', () => {
  test('nested and overlapping spans become pieces that name every span covering them', () => {
    // 0123456789: span 1 = [2, 8), span 2 = [4, 6) inside it, span 3 = [5, 10) overlapping both.
    const pieces = splitAtSpans(0, 10, [
      { start: 2, end: 8, tag: 1 },
      { start: 4, end: 6, tag: 2 },
      { start: 5, end: 10, tag: 3 },
    ]).map((s) => [s.start, s.end, s.tags, s.starting]);
    expect(pieces).toEqual([
      [0, 2, [], []],
      [2, 4, [1], [1]],
      [4, 5, [1, 2], [2]],
      [5, 6, [1, 2, 3], [3]],
      [6, 8, [1, 3], []],
      [8, 10, [3], []],
    ]);
  });

  test('spans are clamped to the range; spans outside it, or only touching it, are dropped', () => {
    const pieces = splitAtSpans(10, 20, [
      { start: 5, end: 12, tag: 'left' },
      { start: 0, end: 10, tag: 'touching' },
      { start: 20, end: 30, tag: 'after' },
    ]).map((s) => [s.start, s.end, s.tags, s.starting]);
    expect(pieces).toEqual([
      [10, 12, ['left'], ['left']],
      [12, 20, [], []],
    ]);
  });

  test('an empty span is an empty piece at its offset', () => {
    expect(splitAtSpans(0, 4, [{ start: 2, end: 2, tag: 'p' }]).map((s) => [s.start, s.end, s.tags])).toEqual([
      [0, 2, []],
      [2, 2, ['p']],
      [2, 4, []],
    ]);
  });

  test('pieces tile the range in order, and each names exactly the spans that cover it', () => {
    const span = fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: 0, max: 20 })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.array(span, { maxLength: 8 }), (start, length, raw) => {
        const end = start + length;
        const spans = raw.map((s, tag) => ({ ...s, tag }));
        const pieces = splitAtSpans(start, end, spans);
        const filled = pieces.filter((p) => p.end > p.start);
        expect(filled.map((p) => p.start)[0] ?? start).toBe(start);
        filled.forEach((p, i) => { expect(p.end).toBe(filled[i + 1]?.start ?? end); });
        for (const p of filled) {
          const covering = spans.filter((s) => s.start <= p.start && s.end >= p.end && s.end > s.start).map((s) => s.tag);
          expect([...p.tags].sort()).toEqual(covering.sort());
        }
        // Every non-empty span that overlaps the range starts in exactly one piece.
        for (const s of spans.filter((x) => x.end > x.start && x.start < end && x.end > start)) {
          expect(pieces.filter((p) => p.starting.includes(s.tag))).toHaveLength(1);
        }
      }),
    );
  });
});
