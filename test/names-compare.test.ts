import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

const pairs = readFileSync(join(import.meta.dirname, 'fixtures/name-pairs.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [label, type, a, b] = l.split('\t') as [string, string, string, string];
    return { same: label === '1', type, a, b };
  });

describe('compareNames: the spellings of the seed reports', () => {
  it.each([
    ['تاسماغامبيتوف', 'تاسماگامبتوف'],
    ['إمام علي رحمن', 'امامعلی رحمان'],
    ['إمام علي رحمن', 'إمام علي رحمون'],
    ['إيمومالي رحمن', 'امامعلی رحمان'],
    ['إمام علي رحمان', 'إيمومالي رحمن'],
    ['إيمان غالي تاسماغامبيتوف', 'إيمانغالي تاسماغامبيتوف'],
    ['إيمانغالي تاسماغامبيتوف', 'تاسماگامبتوف'],
    ['رحمون', 'إمام علي رحمون'],
  ])('%s and %s are one person', (a, b) => {
    expect(compareNames(a, b).same).toBe(true);
  });

  it.each([
    ['كازاخستان', 'قزاقستان', 'KZ'],
    ['قيرغيزستان', 'قرقیزستان', 'KG'],
    ['أرمينيا', 'ارمنستان', 'AM'],
    ['بيلاروس', 'بلاروس', 'BY'],
    ['الصين', 'چین', 'CN'],
  ])('%s and %s are one country by convention', (a, b, id) => {
    const m = compareNames(a, b);
    expect(m.same).toBe(true);
    expect(m.reason.kind).toBe('convention');
    expect(m.reason.entity?.id).toBe(id);
  });

  it.each([
    ['روسيا', 'روسی'],
    ['إيران', 'ایروان'],
    ['أفغانستان', 'تاجیکستان'],
    ['علي', 'عالي'],
    ['محمد', 'محمود'],
    ['بيلوسوف', 'بيلوكوف'],
    ['بيلوسوف', 'بلوسوفا'],
    ['محمد', 'محمد بن زايد'],
  ])('%s and %s are different', (a, b) => {
    expect(compareNames(a, b).same).toBe(false);
  });
});

describe('compareNames: reasons a report can show', () => {
  it('names the letters that write one sound and the vowel one spelling drops', () => {
    const m = compareNames('تاسماغامبيتوف', 'تاسماگامبتوف');
    expect(m.reason.kind).toBe('transliteration');
    expect(m.reason.differences).toEqual([
      { a: 'غ', b: 'گ', kind: 'variant', sound: 'g', cost: 0.1 },
      { a: 'ي', b: '', kind: 'extra', cost: 0.3 },
    ]);
    expect(m.reason.detail).toBe(
      'The same name transliterated two ways: غ and گ both write g, and the vowel letter ي is written in the first only.',
    );
  });

  it('aligns every letter of both spellings, in order', () => {
    const m = compareNames('إمام علي رحمن', 'امامعلی رحمان');
    const part = m.reason.parts.map((p) => p.alignment.steps);
    expect(
      part
        .flat()
        .map((s) => s.a)
        .join(''),
    ).toBe('امامعليرحمن');
    expect(
      part
        .flat()
        .map((s) => s.b)
        .join(''),
    ).toBe('امامعليرحمان');
  });

  it('says which entity a convention or a lookup identified', () => {
    expect(compareNames('النمسا', 'استرالیا').reason.detail).toBe('النمسا is Austria (AT) and استرالیا is Australia (AU).');
    expect(compareNames('الروسية', 'روسیه').reason.kind).toBe('different');
  });

  it('tells a surname alone from a given name alone', () => {
    expect(compareNames('بوتين', 'فلاديمير بوتين').reason.kind).toBe('partial');
    expect(compareNames('فلاديمير', 'فلاديمير بوتين').same).toBe(false);
  });
});

describe('compareNames on the hand-written test set', () => {
  it('has at least 300 pairs of each label', () => {
    expect(pairs.filter((p) => p.same).length).toBeGreaterThanOrEqual(300);
    expect(pairs.filter((p) => !p.same).length).toBeGreaterThanOrEqual(300);
  });

  it('reaches precision and recall of at least 0.95', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of pairs) {
      const same = compareNames(p.a, p.b).same;
      if (same && p.same) tp++;
      else if (same) fp++;
      else if (p.same) fn++;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.95);
  });

  it('decides the same whichever name comes first', () => {
    for (const p of pairs) expect(compareNames(p.b, p.a).same, `${p.a} | ${p.b}`).toBe(compareNames(p.a, p.b).same);
  });
});

describe('compareNames on any input', () => {
  const letters = [...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةىأإآؤئء‌ـًٌ  -،.'];
  const arabicish = fc.array(fc.constantFrom(...letters), { maxLength: 30 }).map((a) => a.join(''));
  const anyString = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((c) => String.fromCharCode(...c)),
  );

  it('never throws and keeps the score within 0–1', () => {
    fc.assert(
      fc.property(fc.oneof(arabicish, anyString), fc.oneof(arabicish, anyString), (a, b) => {
        const m = compareNames(a, b);
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(typeof m.reason.detail).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('calls a name the same as itself', () => {
    fc.assert(
      fc.property(
        arabicish.filter((s) => /[\u0621-\u063f\u0641-\u064a\u067e-\u06cc]/u.test(s)),
        (a) => {
          expect(compareNames(a, a).same).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
