import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../src/index.js';
import { scoreLanguage } from '../bench/language-ntrex.js';
import { hardText } from './support/arbitraries.js';
import { describeWithNtrex } from './support/shared.js';

describe('detectLanguage', () => {
  test.each([
    ['Arabic', 'أعلنت الحكومة أن الانتخابات ستجري في موعدها، وقال المتحدث إن اللجنة أنهت استعداداتها.', 'ar', 'ar'],
    ['Iranian Persian', 'دولت اعلام کرد که انتخابات در موعد مقرر برگزار می‌شود و پلیس در استان تهران آماده است.', 'fa', 'fa-IR'],
    ['Dari', 'حکومت اعلام کرد که انتخابات در وقت معین برگزار میگردد و پولیس در ولایت کابل آماده است.', 'fa', 'fa-AF'],
    [
      'Persian with an Afghan month after ماه',
      'این دیدار در اوایل ماه قوس در بیشکک برگزار شد و دو طرف بر همکاری تاکید کردند.',
      'fa',
      'fa-AF',
    ],
    ['Persian with an Iranian month', 'این دیدار در ۱۲ آذر ۱۴۰۴ در تهران برگزار شد و دو طرف بر همکاری تاکید کردند.', 'fa', 'fa-IR'],
    ['Persian without variant cues', 'این دیدار در پایتخت برگزار شد و دو طرف بر همکاری تاکید کردند.', 'fa', 'fa'],
    ['Persian typed with Arabic yeh and kaf', 'اين ديدار در پايتخت برگزار شد و دو طرف بر همكاري تاكيد كردند.', 'fa', 'fa'],
  ])('%s', (_name, text, language, tag) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.tag).toBe(tag);
    expect(guess.confidence).toBeGreaterThan(0.7);
    expect(guess.evidence.length).toBeGreaterThan(0);
  });

  test('an Afghan month name that is also an ordinary word is no cue on its own', () => {
    // جدی means "serious" in both standards.
    expect(detectLanguage('این یک مسئله جدی است و دولت باید به آن رسیدگی کند.').variant).toBeUndefined();
  });

  test.each([
    ['English', 'The minister said the talks would resume next week.', 'latin'],
    ['Russian', 'Министр заявил, что переговоры возобновятся.', 'cyrillic'],
    ['empty', '', 'none'],
    ['digits and punctuation only', '2025 — ۱۴۰۴ / ٢٠٢٥ !', 'none'],
  ])('%s is unknown', (_name, text, script) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe('unknown');
    expect(guess.tag).toBe('und');
    expect(guess.script).toBe(script);
  });

  test('Pashto and Urdu share the script but are not taken for Persian', () => {
    expect(detectLanguage('د افغانستان حکومت ویلي چې ټول ښوونځي به بیا پرانیستل شي.').language).toBe('unknown');
    expect(detectLanguage('وزیر اعظم نے کہا کہ حکومت نئے منصوبے پر کام کر رہی ہے اور یہ جلد مکمل ہوگا۔').language).toBe('unknown');
  });

  test('a long text is sampled, not read in full, and still detected', () => {
    const text = 'قال الوزير إن المحادثات ستستأنف. '.repeat(200_000);
    expect(detectLanguage(text).language).toBe('ar');
  });

  test('a short text gets a lower confidence than a long one', () => {
    const short = detectLanguage('قال الوزير');
    const long = detectLanguage('قال الوزير إن المحادثات التي جرت في العاصمة كانت مثمرة، وأضاف أن الوفدين اتفقا على لقاء جديد.');
    expect(short.language).toBe('ar');
    expect(short.confidence).toBeLessThan(long.confidence);
  });

  test('never throws, and the confidence stays in [0, 1]', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        const guess = detectLanguage(text);
        expect(guess.confidence).toBeGreaterThanOrEqual(0);
        expect(guess.confidence).toBeLessThanOrEqual(1);
        expect(['ar', 'fa', 'unknown']).toContain(guess.language);
      }),
      { numRuns: 300 },
    );
  });
});

describeWithNtrex('detectLanguage on NTREX documents', () => {
  test.each(['arb', 'fas', 'prs'] as const)('%s: the language of every document, and no wrong variant', (file) => {
    const score = scoreLanguage(file);
    expect(score.languageRight).toBe(score.documents);
    if (file !== 'arb') expect(score.variantRight + score.variantUndecided).toBe(score.documents);
  });
});
