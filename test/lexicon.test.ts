import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConceptLookup } from '../src/align/features.js';
import { vocabularyFor } from '../src/align/vocabulary.js';
import { bilingualLexicon, type BilingualLexicon } from '../src/lexicon/bilingual-lexicon.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokens.js';
import { hardText } from './support/arbitraries.js';

const lex = bilingualLexicon();
const words = (sentence: string): string[] =>
  tokenize(normalize(sentence).text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);

/** The Arabic words of a sentence with a concept that some word of the Persian sentence has, and their share. */
function matched(arabic: string, persian: string, lexicon: BilingualLexicon = lex): { words: string[]; share: number } {
  const a = words(arabic);
  const aConcepts = lexicon.arabicSentence(a);
  const pConcepts = new Set(lexicon.persianSentence(words(persian)).flat());
  const hits = a.filter((_, i) => (aConcepts[i] as readonly number[]).some((c) => pConcepts.has(c)));
  return { words: hits, share: hits.length / a.length };
}

const fold = (s: string): string => normalize(s).text;

describe('bilingualLexicon on sentences written for the project', () => {
  const arabic = 'وقال المتحدث باسم وزارة الخارجية إن الحكومة ستعلن قرارها النهائي الأسبوع المقبل.';
  const farsi = 'سخنگوی وزارت امور خارجه گفت که دولت تصمیم نهایی خود را هفته آینده اعلام خواهد کرد.';
  const arabicDari = 'أعلنت الشرطة في ولاية هلمند مقتل خمسة مدنيين في انفجار قنبلة على جانب الطريق.';
  const dari = 'پولیس ولایت هلمند از کشته شدن پنج غیرنظامی در انفجار یک ماین کنار جاده خبر داد.';

  it('matches the words of a sentence and its Farsi translation', () => {
    const m = matched(arabic, farsi);
    for (const w of ['وقال', 'المتحدث', 'وزاره', 'الخارجيه', 'الحكومه', 'ستعلن', 'قرارها', 'النهايي', 'الاسبوع', 'المقبل']) {
      expect(m.words).toContain(w);
    }
  });

  it('matches Dari vocabulary: پولیس, ولایت, ماین', () => {
    const m = matched(arabicDari, dari);
    for (const w of ['الشرطه', 'ولايه', 'مقتل', 'خمسه', 'مدنيين', 'انفجار', 'الطريق']) expect(m.words).toContain(w);
  });

  it('scores a true pair above a pair of unrelated sentences', () => {
    expect(matched(arabic, farsi).share).toBeGreaterThan(matched(arabic, dari).share + 0.3);
    expect(matched(arabicDari, dari).share).toBeGreaterThan(matched(arabicDari, farsi).share + 0.3);
  });

  it('matches multi-word entries as phrases, on every word they cover', () => {
    const a = words('أكد مجلس الأمن التابع للأمم المتحدة ذلك');
    const p = words('شورای امنیت سازمان ملل این را تأیید کرد');
    const aConcepts = lex.arabicSentence(a);
    const pConcepts = lex.persianSentence(p);
    const council = (aConcepts[1] as readonly number[]).filter((c) => (aConcepts[2] as readonly number[]).includes(c));
    expect(council.some((c) => (pConcepts[0] as readonly number[]).includes(c) && (pConcepts[1] as readonly number[]).includes(c))).toBe(
      true,
    );
    const un = (aConcepts[4] as readonly number[]).filter(
      (c) => (pConcepts[2] as readonly number[]).includes(c) && (pConcepts[3] as readonly number[]).includes(c),
    );
    expect(un.length).toBeGreaterThan(0);
    // The phrase needs its words in order: ملل alone is not the United Nations.
    expect(lex.persianSentence(words('ملل سازمان'))[0]).not.toEqual(expect.arrayContaining(un));
  });

  it('maps a Persian compound verb through its non-verbal part, whatever the light verb does', () => {
    const announced = lex.arabicKeys(fold('أعلن'));
    for (const form of ['اعلام کرد', 'اعلام کردند', 'اعلام می‌کند', 'اعلام نکرده بود', 'اعلام شد']) {
      const concepts = lex.persianSentence(words(form)).flat();
      expect(
        concepts.some((c) => announced.includes(c)),
        form,
      ).toBe(true);
    }
    // The light verb alone means nothing.
    expect(lex.persianKeys(fold('کرد'))).toEqual([]);
    expect(lex.persianKeys(fold('شد'))).toEqual([]);
  });

  it('matches a compound with a vague non-verbal part only as a whole: قرار گرفت', () => {
    const placed = words('مورد حمله قرار گرفت');
    const alone = words('این قرار بود');
    const phraseConcepts = new Set(lex.persianSentence(placed).flat());
    expect(lex.persianSentence(alone)[1]?.some((c) => phraseConcepts.has(c) && !lex.persianKeys(fold('قرار')).includes(c))).toBe(false);
  });

  it('takes the spelling variants that folding removes: ZWNJ or space, ی or ي, ة or ه', () => {
    const president = lex.persianKeys(fold('رئیس‌جمهور'));
    expect(president.length).toBeGreaterThan(0);
    expect(lex.persianKeys(fold('رئيس‌جمهور'))).toEqual(president);
    const spaced = lex.persianSentence(words('رئیس جمهور'));
    expect(spaced[0]?.some((c) => president.includes(c))).toBe(true);
    expect(lex.arabicKeys(fold('الحكومه'))).toEqual(lex.arabicKeys(fold('الحكومة')));
  });

  it('describes its concepts with the forms as written', () => {
    const [id] = lex.arabicKeys(fold('وقال'));
    const concept = lex.concept(id as number);
    expect(concept?.arabic).toContain('قال');
    expect(concept?.persian.some((f) => f.startsWith('گفتن'))).toBe(true);
    expect(lex.concept(-1)).toBeUndefined();
    expect(lex.concept(lex.conceptCount)).toBeUndefined();
  });

  it('says which domain a concept comes from, so that function words can be told apart', () => {
    expect(lex.arabicKeys(fold('في')).map((c) => lex.domain(c))).toContain('function-words');
    expect(lex.arabicKeys(fold('البرلمان')).map((c) => lex.domain(c))).toContain('politics');
    expect(lex.domain(lex.conceptCount)).toBeUndefined();
    const custom = bilingualLexicon({ extra: [['الكستناء', 'شاه‌بلوط']] });
    expect(custom.arabicKeys(fold('الكستناء')).map((c) => custom.domain(c))).toEqual(['caller']);
  });

  it('serves the aligner: concepts by language, stems, function words left out, glued words broken', () => {
    const lookup: ConceptLookup = vocabularyFor(undefined, { source: 'ar', target: 'fa' });
    expect(lex.concepts(fold('وقالت'), 'ar')).toEqual(lex.arabicKeys(fold('قال')));
    expect(lex.concepts(fold('می‌گویند'), 'fa')).toEqual(lex.persianKeys(fold('می‌گوید')));
    expect(lookup.sentence([fold('في')], 'ar')[0]?.every((c) => lookup.ignored(c))).toBe(true);
    // Words that lost their spaces: the pieces the lexicon knows give their concepts.
    const glued = lookup.sentence([fold('الحكومةوالبرلمان')], 'ar')[0] ?? [];
    expect(glued).toEqual(expect.arrayContaining([...lex.arabicKeys(fold('الحكومة')), ...lex.arabicKeys(fold('البرلمان'))]));
    expect(lex.stem(fold('وللحكومة'), 'ar')).toBe(fold('حكومة'));
    expect(lex.stem(fold('بحران‌های'), 'fa')).toBe('بحران');
    // Unknown words lose only what is certain: the article, the plural ها.
    expect(lex.stem(fold('والزرافات'), 'ar')).toBe(fold('زرافات'));
    expect(lex.stem(fold('زرافه‌ها'), 'fa')).toBe(fold('زرافه'));
  });
});

describe('a caller’s dictionary', () => {
  it('adds entries, single words and phrases, on top of the built-in ones', () => {
    const custom = bilingualLexicon({
      extra: [
        ['الكستناء', ['شاه‌بلوط', 'بلوط']],
        [['المسيرة الانتحارية', 'مسيرة انتحارية'], 'پهپاد انتحاری'],
        ['جدف', 'پاروزدن (پاروزن)'],
      ],
    });
    expect(custom.conceptCount).toBe(lex.conceptCount + 3);
    expect(matched('ارتفع سعر الكستناء', 'قیمت شاه‌بلوط بالا رفت', custom).words).toContain(fold('الكستناء'));
    const drone = custom.arabicSentence(words('أسقطت مسيرة انتحارية')).flat();
    expect(
      custom
        .persianSentence(words('یک پهپاد انتحاری'))
        .flat()
        .some((c) => drone.includes(c)),
    ).toBe(true);
    expect(lex.arabicKeys(fold('الكستناء'))).toEqual([]);
    // A verb given as an infinitive with its present stem is conjugated like the built-in ones.
    const rowed = custom.arabicKeys(fold('وجدفوا'));
    expect(rowed).toHaveLength(1);
    expect(custom.persianKeys(fold('می‌پاروزنند'))).toEqual(rowed);
    expect(custom.persianKeys(fold('پاروزدند'))).toEqual(rowed);
    expect(bilingualLexicon()).toBe(lex);
  });
});

describe('every built-in form finds its own concept', () => {
  it('through the sentence lookup, whatever its shape (word, phrase, verb, compound verb)', () => {
    const lost: string[] = [];
    for (let id = 0; id < lex.conceptCount; id++) {
      const concept = lex.concept(id);
      if (!concept) throw new Error(`no concept ${id}`);
      for (const form of concept.arabic) {
        if (!lex.arabicSentence(words(form)).flat().includes(id)) lost.push(`ar ${form}`);
      }
      for (const form of concept.persian) {
        const verb = /^(\S+) \((\S+)\)$/u.exec(form);
        const written = verb ? (verb[1] as string) : form;
        if (!lex.persianSentence(words(written)).flat().includes(id)) lost.push(`fa ${form}`);
      }
    }
    expect(lost).toEqual([]);
  });
});

describe('lookups on arbitrary input', () => {
  it('give nothing for a token far longer than any word, without stemming it', () => {
    const huge = 'وال'.repeat(100_000) + 'حكومات';
    expect(lex.arabicKeys(huge)).toEqual([]);
    expect(lex.persianSentence([huge, fold('دولت')])[1]?.length).toBeGreaterThan(0);
    expect(lex.stem(huge, 'ar')).toBe(huge);
  });

  it('never throw, return valid concept ids, and answer the same twice', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        const folded = normalize(text).text;
        const tokens = folded.split(/\s+/u);
        for (const side of [lex.arabicSentence(tokens), lex.persianSentence(tokens)]) {
          expect(side.length).toBe(tokens.length);
          for (const ids of side) for (const id of ids) expect(id >= 0 && id < lex.conceptCount && Number.isInteger(id)).toBe(true);
        }
        for (const t of [text, folded, ...tokens]) {
          expect(lex.arabicKeys(t)).toEqual(lex.arabicKeys(t));
          expect(lex.persianKeys(t)).toEqual(lex.persianKeys(t));
          expect(typeof lex.stem(t, 'ar')).toBe('string');
          expect(typeof lex.stem(t, 'fa')).toBe('string');
        }
      }),
    );
  });
});
