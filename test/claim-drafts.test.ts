import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { claimSpace } from '../src/align/claim-space.js';
import type { ClaimDraft } from '../src/align/claim-types.js';
import { vocabularyFor } from '../src/align/vocabulary.js';

// A document compared again gives the claim space its sentences' drafts from the comparison before: the space
// must be the one reading the sentences afresh gives, key ids and weights included.
const ARABIC = [
  'التقى وزير الخارجية الإيراني نظيره العماني في مسقط يوم الأحد.',
  'وقال إن خمسة آلاف لاجئ عبروا الحدود خلال أسبوع.',
  'وأعلنت منظمة الصحة العالمية عن 12 إصابة جديدة في كابل.',
  'وتراجعت أسعار النفط بنسبة ثلاثة في المئة.',
  'وشارك في الاجتماع ممثلون عن الأمم المتحدة.',
];
const PERSIAN = [
  'وزیر امور خارجه ایران با همتای عمانی خود روز یکشنبه در مسقط دیدار کرد.',
  'او گفت پنج هزار پناهجو در یک هفته از مرز گذشتند.',
  'سازمان جهانی بهداشت از ۱۲ مورد ابتلای تازه در کابل خبر داد.',
  'بهای نفت سه درصد پایین آمد.',
  'نمایندگانی از سازمان ملل متحد در این نشست حضور داشتند.',
];
const languages = { source: 'ar', target: 'fa' } as const;
const none = { source: new Set<number>(), target: new Set<number>() };

describe('claim space drafts kept between comparisons', () => {
  test('give the space reading afresh gives, in either order of sentences', () => {
    const lookup = vocabularyFor(undefined, languages);
    fc.assert(
      fc.property(fc.shuffledSubarray(ARABIC, { minLength: 1 }), fc.shuffledSubarray(PERSIAN, { minLength: 1 }), (a, b) => {
        const fresh = claimSpace(a, b, languages, none, { lookup });
        const kept = { source: new Map<number, ClaimDraft>(), target: new Map<number, ClaimDraft>() };
        const cache = (m: Map<number, ClaimDraft>) => (i: number, make: () => ClaimDraft) => m.get(i) ?? m.set(i, make()).get(i)!;
        const first = claimSpace(a, b, languages, none, {
          lookup,
          source: { draft: cache(kept.source) },
          target: { draft: cache(kept.target) },
        });
        const again = claimSpace(a, b, languages, none, {
          lookup,
          source: { draft: cache(kept.source) },
          target: { draft: cache(kept.target) },
        });
        expect(kept.source.size).toBe(a.length);
        for (const space of [first, again]) {
          expect(space.source).toEqual(fresh.source);
          expect(space.target).toEqual(fresh.target);
          expect([...space.weights]).toEqual([...fresh.weights]);
          expect(space.kinds).toEqual(fresh.kinds);
        }
      }),
      { numRuns: 30 },
    );
  });
});
