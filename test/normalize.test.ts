import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize, toSourceSpan, type NormalizeOptions } from '../src/index.js';
import { foldText } from '../src/text/normalize.js';
import { hardText } from './support/arbitraries.js';

const fold = (text: string, options?: NormalizeOptions): string => normalize(text, options).text;

describe('normalize folds', () => {
  test.each([
    ['yeh forms', 'علی فی مصطفى', 'علي في مصطفي', { yeh: false }],
    ['kaf forms', 'کتاب كتاب', 'كتاب كتاب', { kaf: false }],
    ['alef and hamza forms', 'أحمد إسلام آسيا ٱلله', 'احمد اسلام اسيا الله', { alef: false }],
    ['hamza on carriers', 'مسؤول مسئول', 'مسوول مسيول', { hamza: false }],
    ['teh marbuta and heh forms', 'مدرسة مدرسۀ ھند', 'مدرسه مدرسه هند', { tehMarbuta: false }],
    ['tatweel', 'الـرئـيس', 'الرييس', { tatweel: false }],
    ['diacritics', 'مُحَمَّدٌ هٰذا', 'محمد هذا', { diacritics: false }],
    ['zero-width joiners', 'گفت‌وگو می‌شود', 'گفتوگو ميشود', { zeroWidth: 'keep' }],
    ['digits of three scripts', '٢٠٢٥ ۲۰۲۵ 2025 ٣٫٥ ١٬٣٤٤ ٪', '2025 2025 2025 3.5 1,344 %', { digits: false }],
    ['presentation forms', 'ﻻ ﺃﻫﻼ', 'لا اهلا', { presentationForms: false }],
    ['bidi controls', 'a\u202eb\u200fc\u2066d', 'abcd', { controls: false }],
    ['spaces', 'a\u00a0b\u2009c', 'a b c', { whitespace: false }],
  ] as const)('%s', (_name, input, folded, off) => {
    expect(fold(input)).toBe(folded);
    // With the fold turned off, the distinction survives.
    expect(fold(input, off)).not.toBe(folded);
  });

  test('zero-width characters can become spaces instead', () => {
    expect(fold('رئیس‌جمهور', { zeroWidth: 'space' })).toBe('رييس جمهور');
  });

  test('lower-casing is off by default and keeps the length when on', () => {
    expect(fold('CSTO Ünal')).toBe('CSTO Ünal');
    expect(fold('CSTO Ünal', { lowercase: true })).toBe('csto ünal');
    expect(fold('İ', { lowercase: true })).toBe('İ');
  });

  test('an option set to undefined or null keeps its default; a property that is not an option is refused', () => {
    const text = 'علی کتاب أحمد ۱۴۰۴';
    const options = { yeh: undefined, kaf: null, digits: undefined } as unknown as NormalizeOptions;
    expect(fold(text, options)).toBe(fold(text));
    expect(() => fold(text, { kaf: false, colour: 'red' } as NormalizeOptions)).toThrow(/options has no option "colour"/);
    expect(fold(text, { kaf: false })).not.toBe(fold(text));
  });

  test('lone surrogates become U+FFFD; pairs are kept', () => {
    expect(fold('a\ud800b\udc00c😀')).toBe('a\ufffdb\ufffdc😀');
  });

  test('an expansion maps every unit it produced to the one original character', () => {
    const n = normalize('ﷲ أكبر');
    expect(n.text.startsWith('الله')).toBe(true);
    expect(toSourceSpan(n, 0, 2)).toEqual({ start: 0, end: 1 });
    expect(toSourceSpan(n, 0, 4)).toEqual({ start: 0, end: 1 });
    const at = n.text.indexOf('اكبر');
    expect(n.source.slice(toSourceSpan(n, at, at + 4).start, toSourceSpan(n, at, at + 4).end)).toBe('أكبر');
  });

  test('a span takes the diacritics of its last letter but not a following joiner', () => {
    const source = 'قُتِلَ‌ها دَرس';
    const n = normalize(source);
    const span = toSourceSpan(n, 0, 3);
    expect(source.slice(span.start, span.end)).toBe('قُتِلَ');
  });

  test('a 20 MB input is folded in full', () => {
    const unit = 'قال الرئيس إن ۲۰۲۵ سيكون عامًا حاسمًا‌ها. ';
    const big = unit.repeat(Math.ceil(20_000_000 / unit.length));
    const n = normalize(big);
    expect(n.offsets[n.text.length]).toBe(big.length);
    expect(n.text.slice(0, 30)).toBe(fold(unit).slice(0, 30));
  });
});

describe('normalize properties', () => {
  const options = fc.record(
    {
      yeh: fc.boolean(),
      alef: fc.boolean(),
      diacritics: fc.boolean(),
      zeroWidth: fc.constantFrom('remove' as const, 'space' as const, 'keep' as const),
      digits: fc.boolean(),
      presentationForms: fc.boolean(),
      controls: fc.boolean(),
      lowercase: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  test('the offset map is total and monotone, and ends at the source length', () => {
    fc.assert(
      fc.property(hardText, options, (text, opts) => {
        const n = normalize(text, opts);
        expect(n.offsets.length).toBe(n.text.length + 1);
        expect(n.offsets[n.text.length]).toBe(text.length);
        for (let i = 1; i <= n.text.length; i++) expect(n.offsets[i]).toBeGreaterThanOrEqual(n.offsets[i - 1] as number);
        for (let i = 0; i < n.text.length; i++) expect(n.offsets[i]).toBeLessThan(text.length);
      }),
      { numRuns: 300 },
    );
  });

  test("foldText, the library's own folding without the offset map, folds as normalize does", () => {
    fc.assert(
      fc.property(hardText, options, (text, opts) => {
        expect(foldText(text, opts)).toBe(normalize(text, opts).text);
        expect(foldText(text)).toBe(normalize(text).text);
      }),
      { numRuns: 500 },
    );
  });

  test('folding is idempotent', () => {
    fc.assert(
      fc.property(hardText, options, (text, opts) => {
        const once = normalize(text, opts).text;
        expect(normalize(once, opts).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  test('each folded character comes from the source character its offset points to', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        const n = normalize(text);
        for (let i = 0; i < n.text.length; i++) {
          const c = n.text.charCodeAt(i);
          if (c >= 0xd800 && c <= 0xdbff) {
            // Only a well-formed pair survives, and it is copied as it was.
            const at = n.offsets[i] as number;
            expect(n.text.slice(i, i + 2)).toBe(text.slice(at, at + 2));
            i++;
            continue;
          }
          const original = text[n.offsets[i] as number] as string;
          expect(fold(original)).toContain(n.text[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('every folded span maps to an ordered span inside the source', () => {
    fc.assert(
      fc.property(hardText, fc.nat(), fc.nat(), (text, a, b) => {
        const n = normalize(text);
        const s = n.text.length ? a % (n.text.length + 1) : 0;
        const e = n.text.length ? s + (b % (n.text.length - s + 1)) : 0;
        const span = toSourceSpan(n, s, e);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
