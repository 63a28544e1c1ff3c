// Why two parts of names that align letter for letter are still two names: a consonant of another sound, a
// vowel pattern that makes another Arabic name, a nisba against its noun, a gendered ending.

import { elementAt } from '../contract/element-at.js';
import { nativeShape, sharedRoot } from './arabic-roots.js';
import { isOrdinary } from './name-words.js';
import { isGivenName } from './name-words.js';
import { languageOfSpelling, lookupEntries } from './gazetteer.js';
import { LANGUAGE_NAMES } from './name-match.js';
import { round } from './name-match.js';
import { areDifferentNativeNames, isNativeName, areVariantNativeNames } from './native-names.js';
import {
  VOWEL_COSTS,
  NATIVE_NAME_SOUNDS,
  PERSIAN_LETTERS,
  GENDERED_ENDINGS,
  LENGTH_H,
  SPANISH_J,
  GERMAN_CH,
  SPANISH_V,
  PORTUGUESE_S,
  UKRAINIAN_H,
  SERBIAN_DJ,
  NASAL_BEFORE_B,
} from './orthography.js';
import { type AlignedLetters, type SpellingAlignment, foldName, skeletonSize } from './phonetic.js';

/** How many letters a name part has, spaces and joiners aside. */
function lettersIn(part: string): number {
  let n = 0;
  for (const ch of part) if (ch !== ' ' && ch !== '\u200c') n++;
  return n;
}

/** The South Slavic surname ending -ić, as Arabic (-يتش) and Persian (-یچ) write it. */
const SOUTH_SLAVIC_IC = /(?:يتش|یچ|يچ)$/u;

// Letter pairs no newsroom writing one language uses for one sound.
export const KEPT_APART: readonly string[] = ['حخ', 'ذز', 'قخ'];
/** The context of a top-level comparison that a part's checks depend on (see {@link matchInContext}). */
export interface PartContext {
  readonly foreign: boolean;
  readonly oneLanguage: boolean;
  readonly sameScript: boolean;
}
/** A part's failure whose reason is written when first read. */
export class DeferredFailure {
  private reason: string | undefined;

  constructor(
    private readonly write: () => string,
    readonly score: number,
  ) {}

  get failure(): string {
    return (this.reason ??= this.write());
  }
}

/**
 * Two single words compared within one language and one script, neither name foreign: where a word's Arabic shape
 * decides (a final ة, a long vowel letter).
 */
function singleWordsWithinOneLanguage(context: PartContext, aWords: readonly string[], bWords: readonly string[]): boolean {
  return context.oneLanguage && context.sameScript && !context.foreign && aWords.length === 1 && bWords.length === 1;
}

/**
 * Why two word groups (folded and joined as `a` and `b`, their letters aligned as `letters`) are no spellings of
 * one name, or undefined when they may be.
 */
export function partFailure(
  aWords: readonly string[],
  bWords: readonly string[],
  a: string,
  b: string,
  letters: SpellingAlignment,
  score: number,
  threshold: number,
  context: PartContext,
): string | undefined {
  const shown = `${aWords.join(' ')} and ${bWords.join(' ')}`;
  if (aWords.length === 1 && bWords.length === 1 && areDifferentNativeNames(a, b)) {
    return `${shown} are two different names, each spelled one way in both languages.`;
  }
  // A French h is unsaid before a vowel (هولاند / أولاند), but a word-initial ي is no vowel: it says y, a consonant
  // (هارون / يارون are two names).
  const hy = letters.steps[0];
  if (hy?.kind === 'vowel' && hy.sound === 'silent h' && (hy.a === 'ي' || hy.b === 'ي'))
    return `${shown} are two names: one opens with ي and the other with ه, and a ي opening a word says y, a consonant, so the ه is no unsaid h before a vowel.`;
  if (aWords.length === 1 && bWords.length === 1 && (isNativeName(a) || isNativeName(b))) {
    const nativeIsA = isNativeName(a);
    const native = nativeIsA ? a : b;
    // A native name keeps its vowel letters: a form with fewer or other ones is another name (كريم / كرم,
    // حسان / حسين); a Tajik or Russian form may add some (رحمن / رحمون).
    const lost = letters.steps.find(
      (s) =>
        (s.kind === 'extra' && VOWEL_ONLY.has(nativeIsA ? s.a : s.b)) ||
        (s.kind === 'vowel' && !s.sound && VOWEL_ONLY.has(s.a) && VOWEL_ONLY.has(s.b) && s.cost > VOWEL_COSTS.finalAlef),
    );
    if (lost && !areVariantNativeNames(a, b)) {
      return `${shown} are two names: ${native} is an Arabic or Persian name, which both languages spell one way, and the vowel ${(nativeIsA ? lost.a : lost.b) || lost.a || lost.b} makes another.`;
    }
    const changed = letters.steps.find(
      (s) =>
        s.kind === 'variant' &&
        !NATIVE_NAME_SOUNDS.has(s.sound ?? '') &&
        // The reformed Persian spelling of a final ى (سلما for سلمى) writes the same name.
        s.sound !== REFORM_SOUND &&
        !PERSIAN_LETTERS.includes(s.a) &&
        !PERSIAN_LETTERS.includes(s.b),
    );
    if (changed) {
      return `${shown} are two names: ${native} is an Arabic or Persian name, which both languages spell one way, and ${changed.a} against ${changed.b} changes it.`;
    }
    const last = letters.steps[letters.steps.length - 1];
    if (last && last.kind === 'extra' && (last.a || last.b) === 'ة') {
      return `${shown} are two names: the ending ة makes the feminine of ${native}.`;
    }
    // The masculine names in -at (عزت, ثروت, حشمت) are spelled with ت in Arabic too; with ة they are words or
    // women's names (عزة, ثروة) — unless the two are listed as one name (رحمة / رحمت).
    if (last && last.kind === 'variant' && last.sound === 't (ة)' && !areVariantNativeNames(a, b)) {
      return `${shown} are two names: ${native} ends in ${native.endsWith('ت') ? 'ت, a name of its own' : 'ة'}, and the other ending makes another word or name.`;
    }
  }
  // Family names made of a given name and the adjective ending ي (صادقی, محمدی): the given names inside must be one.
  const stems = aWords.length === 1 && bWords.length === 1 ? nisbaStems(a, b) : undefined;
  if (stems && areDifferentNativeNames(stems[0], stems[1]))
    return `${shown} are family names made of two different given names (${stems[0]}, ${stems[1]}).`;
  // Within one language, letters that Persian says alike but writes apart, and Arabic says apart, are two
  // letters: ح is not خ (خلم / حلم), ذ is not ز (زكي / ذكي). So are ق and خ, which no language says alike: a
  // newsroom writes a foreign kh with خ and a q with ق, so the two spell two names (برقان / برخان).
  const apart =
    context.oneLanguage && context.sameScript
      ? letters.steps.find((st) => st.kind === 'variant' && KEPT_APART.some((pair) => pair.includes(st.a) && pair.includes(st.b)))
      : undefined;
  if (apart)
    return `${shown} are two names: within one language ${apart.a} and ${apart.b} are two letters, not two spellings of one sound.`;
  // خ for ج is the Spanish j said kh (خوليو / جوليو), in a name long enough to show it is Spanish: in a short one the
  // two letters make two words (خان / جان, خوان / جوان: Juan and Joan).
  const spanish = letters.steps.find((st) => st.kind === 'variant' && st.sound === SPANISH_J);
  if (spanish && Math.min(lettersIn(a), lettersIn(b)) < 5)
    return `${shown} are two names: ${spanish.a} against ${spanish.b} is the Spanish j only in a longer name.`;
  // So are خ for ش the German ch and ب for ف the Spanish v: in a short name the two letters make two words (خال /
  // شال). The Spanish v not in a word with the Arabic article either, an acronym read as a word as often, whose
  // letters say which (الفيفا / الفيبا, FIFA and FIBA).
  const european = letters.steps.find((st) => st.kind === 'variant' && (st.sound === GERMAN_CH || st.sound === SPANISH_V));
  const articled = [a, b].some((w) => foldName(w).startsWith('ال'));
  const tooShort = Math.min(lettersIn(a), lettersIn(b)) < 5 || (european?.sound === SPANISH_V && articled);
  if (european && tooShort)
    return `${shown} are two names: ${european.a} against ${european.b} writes one sound (${european.sound}) only in a longer foreign name.`;
  // An n before b said m (استانبول / استامبول, جنبلاط / جمبلاط) only in a name of four consonants or more: in a shorter
  // word the two letters make two words as often (جانبي, lateral, against the town جامبي).
  const nasal = letters.steps.find((st) => st.kind === 'variant' && st.sound === NASAL_BEFORE_B);
  if (nasal && Math.min(skeletonSize(a.replace(/[ \u200c]/gu, '')), skeletonSize(b.replace(/[ \u200c]/gu, ''))) < 4)
    return `${shown} are two names: ${nasal.a} against ${nasal.b} before b writes one sound only in a longer name.`;
  // دي for ج is the Serbian đ, in a South Slavic surname in -ić (ديوكوفيتش / جوكوفيتش): elsewhere the two make two
  // words (دياز / جاز, دياموند).
  const serbian = letters.steps.find((st) => st.kind === 'variant' && st.sound === SERBIAN_DJ);
  if (serbian && !(SOUTH_SLAVIC_IC.test(a) && SOUTH_SLAVIC_IC.test(b)))
    return `${shown} are two names: ${serbian.a} against ${serbian.b} writes the Serbian đ only in a South Slavic surname in -ić.`;
  // The Ukrainian h for the Russian g, inside a name of six letters or more (تشيرنيهيف / تشيرنيغيف): in a shorter one,
  // and at the end, where ه is a vowel, the two letters make two words.
  const ukrainianAt = letters.steps.findIndex((st) => st.kind === 'variant' && st.sound === UKRAINIAN_H);
  if (ukrainianAt >= 0 && (Math.min(lettersIn(a), lettersIn(b)) < 6 || ukrainianAt === letters.steps.length - 1))
    return `${shown} are two names: ${letters.steps[ukrainianAt]?.a ?? ''} against ${letters.steps[ukrainianAt]?.b ?? ''} writes h for g only inside a longer name.`;
  // A German h after a long vowel is unsaid only in a foreign name: in one of Arabic shape it is a root letter
  // (ماهر, طاهر: the pattern فاعل), and a spelling without it is another word.
  const lengthH = letters.steps.find((st) => st.kind === 'extra' && st.sound === LENGTH_H);
  const shaped = lengthH && aWords.length === 1 && bWords.length === 1 ? (nativeShape(a) ?? nativeShape(b)) : undefined;
  if (shaped)
    return `${shown} are two names: the pattern ${shaped.pattern} on the root ${[...shaped.root].join(' ')} makes an Arabic word, whose ه is said.`;
  // س against ش is the German s of st and sp said sh (روزنشتاين / رزنستاین), the Portuguese final s (غوتيريس /
  // غوتيريش), or a sound of a long name's source language (Kristersson, Gundishapur): in a short name elsewhere it
  // makes another (Nice / Niš: نيس / نیش, Odesa / Odisha: أوديسا / أوديشا).
  const sAt = letters.steps.findIndex((st) => st.kind === 'variant' && st.sound === 's/sh');
  const afterS = sAt >= 0 ? letters.steps[sAt + 1] : undefined;
  const shortest = Math.min(lettersIn(a), lettersIn(b));
  if (
    sAt >= 0 &&
    !(afterS && 'تطپب'.includes(afterS.a || afterS.b)) &&
    !(sAt === letters.steps.length - 1 && shortest >= 5) &&
    shortest < 7
  )
    return `${shown} are two names: ${letters.steps[sAt]?.a ?? ''} against ${letters.steps[sAt]?.b ?? ''} writes one sound only before t or p, at a longer name's end or in a long name.`;
  // So is ش for ز the Portuguese s, in a longer name and only at its end (گوترش / گوترز; not روز / روش).
  const portugueseAt = letters.steps.findIndex((st) => st.kind === 'variant' && st.sound === PORTUGUESE_S);
  if (portugueseAt >= 0 && (Math.min(lettersIn(a), lettersIn(b)) < 5 || portugueseAt !== letters.steps.length - 1))
    return `${shown} are two names: ${letters.steps[portugueseAt]?.a ?? ''} against ${letters.steps[portugueseAt]?.b ?? ''} is the Portuguese s only at the end of a longer name.`;
  // Regional letters write the sounds of foreign names: a word with the shape of an Arabic name (a pattern on
  // a root Arabic has) is spelled one way, and another consonant makes another word (غانم / جانم, قادر / كادر).
  if (aWords.length === 1 && bWords.length === 1 && !context.foreign && context.oneLanguage) {
    const changed = letters.steps.find(isConsonantChange);
    const shapeA = changed ? nativeShape(a) : undefined;
    const shape = shapeA ?? (changed ? nativeShape(b) : undefined);
    if (changed && shape) {
      const word = shapeA ? a : b;
      return `${shown} are two names: ${word} has the shape of an Arabic name (the pattern ${shape.pattern} on the root ${[...shape.root].join(' ')}), which is spelled one way, and ${changed.a} against ${changed.b} makes another word.`;
    }
    // In one language a vowel letter, ة or ع more or less makes another word of such a name (صيدا / صيد, صور / صورة).
    const vowel = context.sameScript ? letters.steps.find(isPatternChange) : undefined;
    const vowelShape = vowel ? (nativeShape(a) ?? nativeShape(b)) : undefined;
    if (vowel && vowelShape && !areVariantNativeNames(a, b)) {
      const word = nativeShape(a) ? a : b;
      return `${shown} are two words: ${word} has the shape of an Arabic name or word (the pattern ${vowelShape.pattern} on the root ${[...vowelShape.root].join(' ')}), and ${vowel.a || vowel.b} ${vowel.a && vowel.b ? `against ${vowel.b} ` : ''}makes another pattern.`;
    }
  }
  // The Arabic diminutive (the pattern فعيل / فعيلة) puts ي after the second of three consonants: within one
  // language it is another name (جرش / جريش, الخور / الخوير), not a vowel written or left out.
  const small = singleWordsWithinOneLanguage(context, aWords, bWords) ? diminutive(a, b) : undefined;
  if (small) return `${shown} are two names: ${small} has the diminutive pattern فعيل of the other, another name in Arabic.`;
  // Within one language ع is a consonant of the word, not a seat of a vowel as a transliteration makes it: a
  // spelling with it more or less, or with a vowel letter in its place after the first letter, is another word or
  // name (اسعدآباد / اسدآباد, سعد / سد, يافع / يافا).
  const ain = singleWordsWithinOneLanguage(context, aWords, bWords)
    ? letters.steps.find(
        // Not a vowel in ع's place at the start: a newsroom seats a foreign name's first vowel on ع (عنتيبي, Entebbe).
        (st, k) => (st.kind === 'extra' || (st.kind === 'vowel' && k > 0)) && (st.a === 'ع' || st.b === 'ع'),
      )
    : undefined;
  if (ain?.kind === 'vowel')
    return `${shown} are two words: within one language ع is a letter of the word, and a vowel letter in its place makes another.`;
  if (ain) return `${shown} are two words: within one language ع is a letter of the word, and a word with it more or less is another.`;
  const hard = letters.steps.find((s) => s.kind === 'different');
  if (hard) {
    return `${shown} are different names: ${hard.a || '—'} stands against ${hard.b || '—'}, which no convention writes for one sound.`;
  }
  // Persian و for that v (والدیویا) only against another language's ب, and only before the same vowel on both sides:
  // within Arabic و is as often a vowel (o, u), and a vowel that differs after it says another consonant as often
  // (ماربيلا / ماروولا).
  const vowelV = letters.steps.findIndex((st) => st.kind === 'variant' && st.sound === SPANISH_V && (st.a === 'و' || st.b === 'و'));
  if (vowelV >= 0 && (context.oneLanguage || letters.steps[vowelV + 1]?.kind !== 'same')) {
    const st = letters.steps[vowelV] as AlignedLetters;
    return `${shown} are two names: ${st.a} against ${st.b} writes the Spanish v only before the same vowel in another language's spelling.`;
  }
  // In a foreign name a final ي after a consonant is as often the name's own final e or i, which another newsroom
  // leaves unwritten (ألبانيزي / ألبانيز, Albanese): only in a long word, where no Arabic adjective hides.
  const foreignVowel = context.foreign && aWords.length === 1 && bWords.length === 1 && Math.min(lettersIn(a), lettersIn(b)) >= 6;
  if (!reformedMaksura(a, b) && ((nisbaMismatch(a, b) && !foreignVowel) || maksuraAgainstNisba(letters))) {
    return `${shown} differ in the ending ي, which makes an adjective or another name.`;
  }
  // In a given name, a final o against a final a makes another name (ماريو / ماریا, Antonio / Antonia).
  const lastStep = letters.steps[letters.steps.length - 1];
  const oa =
    !!lastStep && lastStep.kind === 'vowel' && ((lastStep.a === 'و' && lastStep.b === 'ا') || (lastStep.a === 'ا' && lastStep.b === 'و'));
  if (lastStep && oa && (isGivenName(a) || isGivenName(b))) {
    return `${shown} are two names: the final vowel ${lastStep.a} against ${lastStep.b} makes another name.`;
  }
  // A final ة against a final ى: the feminine ending against the alif maqsura, two words or names (بصرى / البصرة,
  // Bosra against Basra); neither language writes one for the other.
  const taMaqsura =
    !!lastStep && lastStep.kind === 'vowel' && ((lastStep.a === 'ة' && lastStep.b === 'ى') || (lastStep.a === 'ى' && lastStep.b === 'ة'));
  if (taMaqsura) return `${shown} are two names: the ending ة against ى makes another word.`;
  // Within Arabic a final ة against a final ا: ة ends an Arabic word or name (صبية, girls, against the town صبيا;
  // قدسية against قدسيا). A foreign name's final a is written ة only by an old convention, in the names the lists
  // know (سورية / سوريا, هرجيسة for هرجيسا): a known name is left to them.
  const taAlef =
    singleWordsWithinOneLanguage(context, aWords, bWords) &&
    !!lastStep &&
    lastStep.kind === 'vowel' &&
    ((lastStep.a === 'ة' && lastStep.b === 'ا') || (lastStep.a === 'ا' && lastStep.b === 'ة')) &&
    !areVariantNativeNames(a, b) &&
    [...aWords, ...bWords].every((w) => lookupEntries(w).length === 0);
  if (taAlef)
    return (
      ordinaryAgainst(aWords, bWords) ??
      `${shown} are two names: within Arabic a final ة ends an Arabic word or name, and a final ا in its place makes another.`
    );
  // Within one language the plural ending ات against the adjective ending ية on one stem makes another word
  // (الحارثات / الحارثية): neither is written for the other.
  if (context.oneLanguage && context.sameScript && aWords.length === 1 && bWords.length === 1) {
    const [plural, adjective] = a.endsWith('ات') ? [a, b] : [b, a];
    if (plural.endsWith('ات') && adjective.endsWith('ية') && plural.slice(0, -2) === adjective.slice(0, -2) && plural.length > 4)
      return `${shown} are two words: the plural ending ات of ${plural} against the adjective ending ية of ${adjective} makes another.`;
  }
  // A final a added to a given name makes the woman's name (ألكسندر / ألكسندرا, Daniel / Daniela).
  if (lastStep && lastStep.kind === 'extra' && (lastStep.a || lastStep.b) === 'ا' && (isGivenName(a) || isGivenName(b))) {
    return `${shown} are two names: the final ا makes the woman's name.`;
  }
  // Within one language a final ة on one side only makes another word (زحل / زحلة, صور / صورة); Persian may
  // drop it from an Arabic name (الإسكندرونة / اسکندرون).
  if (context.oneLanguage && lastStep && lastStep.kind === 'extra' && (lastStep.a || lastStep.b) === 'ة') {
    const [withTa, without] = lastStep.a ? [a, b] : [b, a];
    const word = [withTa, without].find((w) => isOrdinary(w));
    return word
      ? `${word} is an ordinary ${LANGUAGE_NAMES[languageOfSpelling(word) ?? 'ar']} word, not a spelling of ${word === withTa ? without : withTa}: the ending ة makes another word.`
      : `${shown} are two words: the ending ة makes another.`;
  }
  // Within one language a final ه on one side only makes another word, as ة does (غور / غوره, مبارک / مبارکه).
  if (context.oneLanguage && context.sameScript && lastStep && lastStep.kind === 'extra' && (lastStep.a || lastStep.b) === 'ه')
    return `${shown} are two words: within one language the final ه on one side only makes another.`;
  // A final long vowel on one side only makes another word: both languages write the last vowel of a foreign name
  // (مالوكو / ملوک, سوكوتو / سکوت), and the alef after a plural's و is a verb's (كانو / كانوا).
  if (lastStep && lastStep.kind === 'extra' && ['و', 'ا'].includes(lastStep.a || lastStep.b) && Math.min(a.length, b.length) >= 3) {
    return `${shown} are two words: the final ${lastStep.a || lastStep.b} on one side only makes another.`;
  }
  const gendered = GENDERED_ENDINGS.find(
    ([feminine, masculine]) => (a.endsWith(feminine) && b.endsWith(masculine)) || (b.endsWith(feminine) && a.endsWith(masculine)),
  );
  if (gendered) {
    return `${shown} are the feminine (${gendered[0]}) and masculine (${gendered[1]}) forms of a surname: two people.`;
  }
  // A name of one or two consonants has little room for variation: one vowel letter more, less or
  // changed at most (جون / جان, أوسلو / اسلو, but not ميخا / ماخي).
  if (Math.max(skeletonSize(a), skeletonSize(b)) <= 2) {
    // A hamza seat Persian writes between two vowels (شیائومی) is no vowel letter of its own, nor is the ي of the
    // Arabic ending يه for a final e that Persian writes ه alone (رينيه / رنه, René).
    const n = letters.steps.length;
    const finalE = (k: number): boolean => k === n - 2 && letters.steps[n - 1]?.kind === 'same' && letters.steps[n - 1]?.a === 'ه';
    const extras = letters.steps.filter(
      (s, k) => s.kind === 'extra' && s.a !== 'ء' && s.b !== 'ء' && !((s.a || s.b) === 'ي' && finalE(k)),
    ).length;
    const changes = letters.steps.filter((s) => s.kind === 'vowel' && !isFinalAlef(s)).length;
    if (extras + changes > 1) {
      return `${shown} are different names: in a name this short a vowel letter is not a spelling variant.`;
    }
  }
  // Two patterns of one root are two Arabic words, the root listed or not (زاكية / زكية, كلباء / كلبة): a foreign
  // name seldom reads as two patterns of one root at once.
  // Not by an alef opening one word only, a foreign name's first vowel as often (خلاط / اخلاط, Ahlat).
  const opening = (st: AlignedLetters, k: number): boolean =>
    st.kind === 'extra' && (st.a || st.b) === 'ا' && (k === 0 || letters.steps[k - 1]?.a === 'ال' || letters.steps[k - 1]?.b === 'ال');
  const inner =
    singleWordsWithinOneLanguage(context, aWords, bWords) && letters.steps.some((st, k) => isPatternChange(st) && !opening(st, k));
  const twoPatterns = inner && !areVariantNativeNames(a, b) ? sharedRoot(a, b) : undefined;
  if (twoPatterns) {
    const [x, y] = twoPatterns;
    return `${shown} are two words: both have the shape of Arabic words on the root ${[...x.root].join(' ')}, ${aWords.join(' ')} the pattern ${x.pattern} and ${bWords.join(' ')} the pattern ${y.pattern}.`;
  }
  // Two words that both end in ة are Arabic words, whose long vowels belong to their patterns: within Arabic a vowel
  // letter more or less makes another word (عانة / عنة, المحمودية / المحمدية), as it does not in a transliteration.
  // Only between two forms alike in the article: one written with it and one without is read from another script
  // as often (الدرباسية / دارباسية).
  const bothFeminine =
    singleWordsWithinOneLanguage(context, aWords, bWords) &&
    a.endsWith('ة') &&
    b.endsWith('ة') &&
    aWords[0]?.startsWith('ال') === bWords[0]?.startsWith('ال') &&
    letters.steps.every((st) => st.kind === 'same' || (st.kind === 'extra' && VOWEL_ONLY.has(st.a || st.b))) &&
    !areVariantNativeNames(a, b) &&
    [...aWords, ...bWords].every((w) => lookupEntries(w).length === 0);
  const vowelLetter = bothFeminine ? letters.steps.find((st) => st.kind === 'extra') : undefined;
  if (vowelLetter)
    return (
      ordinaryAgainst(aWords, bWords) ??
      `${shown} are two words: both end in ة, as Arabic words do, and within Arabic the long vowel ${vowelLetter.a || vowelLetter.b} written in one only makes another.`
    );
  const town = townAgainstTon(a, b);
  if (town) return `${shown} are two names: ${town}.`;
  if (score < threshold) return `${shown} differ too much to be one name (score ${round(score)}).`;
  return undefined;
}

/** That one of two Arabic words of one word each is an ordinary word and so no spelling of the other; else undefined. */
function ordinaryAgainst(aWords: readonly string[], bWords: readonly string[]): string | undefined {
  const [a, b] = [aWords[0] ?? '', bWords[0] ?? ''];
  const word = isOrdinary(a) ? a : isOrdinary(b) ? b : undefined;
  return word ? `${word} is an ordinary Arabic word, not a spelling of ${word === a ? b : a}.` : undefined;
}

/** Why two spellings, one ending in the English -town (تاون) and the other in -ton (تون), are two names; else undefined. */
function townAgainstTon(a: string, b: string): string | undefined {
  const [town, ton] = a.endsWith('تاون') ? [a, b] : [b, a];
  if (!town.endsWith('تاون') || !ton.endsWith('تون') || ton.endsWith('تاون')) return undefined;
  return `${town} ends in the English -town (تاون) and ${ton} in -ton (تون), two endings of English place names`;
}
/**
 * Persian spelling reform writes the final alef maksura of an Arabic name as ا (موسی / موسا, مرتضی / مرتضا): one
 * name, when the name with ى is a native name, or has the shape of one (مقتدى: مفتعل on ق د ي), and the two differ in
 * that letter only.
 */

export function reformedMaksura(a: string, b: string): boolean {
  const [withYa, withAlef] = a.endsWith('ا') ? [b, a] : [a, b];
  if (!withAlef.endsWith('ا') || !(withYa.endsWith('ي') || withYa.endsWith('ى'))) return false;
  const stem = withYa.slice(0, -1);
  if (stem !== withAlef.slice(0, -1)) return false;
  // By its shape only when the form with ي is no name of its own (حسنی is Hosni, حسنا Husna).
  return isNativeName(stem + 'ى') || (nativeShape(stem + 'ى') !== undefined && !isNativeName(stem + 'ي'));
}
const REFORM_SOUND = 'the final a of an Arabic name (ی in the old spelling, ا in the reformed Persian one)';
/** The last step of an alignment read as the reform's letter for the final a, which the explanation names. */
export function reformStep(alignment: SpellingAlignment): SpellingAlignment {
  const steps = alignment.steps.slice(0, -1);
  const last = elementAt(alignment.steps, alignment.steps.length - 1);
  const step: AlignedLetters = {
    a: last.a,
    b: last.b,
    kind: 'variant',
    sound: REFORM_SOUND,
    cost: VOWEL_COSTS.finalAlef,
  };
  return { cost: alignment.cost - last.cost + step.cost, steps: [...steps, step] };
}
/**
 * The given names inside two family names that both end in the adjective ي, when both are native names (محمدی,
 * محمودی). A stem that is no listed name decides nothing: نظري and نزاري may be one surname transliterated.
 */

export function nisbaStems(a: string, b: string): readonly [string, string] | undefined {
  if (a.length < 4 || b.length < 4 || !a.endsWith('ي') || !b.endsWith('ي')) return undefined;
  const [x, y] = [a.slice(0, -1), b.slice(0, -1)];
  return isNativeName(x) && isNativeName(y) ? [x, y] : undefined;
}
/**
 * A step that changes an Arabic word's pattern: a vowel letter, ة, ع or a final ه (the Persian e: راشد /
 * راشده) written on one side only, or one vowel
 * letter for another — not a hamza written on its seat or as ي (فائز / فايز), nor the article.
 */

export function isPatternChange(step: AlignedLetters): boolean {
  if ([step.a, step.b].some((x) => x === 'ء' || x === 'ال')) return false;
  if (step.kind === 'extra') return VOWEL_ONLY.has(step.a || step.b) || 'ةعه'.includes(step.a || step.b);
  return step.kind === 'vowel' && !step.sound && !isFinalAlef(step);
}
/** A consonant written with another letter (a regional letter, an emphatic), not ة, a final vowel or a borrowed letter. */

export function isConsonantChange(step: AlignedLetters): boolean {
  return (
    step.kind === 'variant' &&
    !NATIVE_NAME_SOUNDS.has(step.sound ?? '') &&
    step.sound !== 'final e' &&
    // The reformed Persian spelling of the final a writes the same name (عیسی / عیسا).
    step.sound !== REFORM_SOUND &&
    ![...step.a, ...step.b].some((c) => PERSIAN_LETTERS.includes(c))
  );
}
export function isFinalAlef(step: AlignedLetters): boolean {
  return step.cost <= VOWEL_COSTS.finalAlef;
}
/** Whether a folded word ends in the adjective suffix ي (and not the alef maksura ى). */
export function endsInNisba(word: string): boolean {
  return word.length >= 2 && word.endsWith('ي');
}
/**
 * Whether one spelling ends in ي where the other ends otherwise. Not a mismatch: a final ى (Persian
 * writes the alef maksura ی: يحيى / یحیی), and Arabic يه for the Russian ending -ey (أندريه / آندری).
 */
export function nisbaMismatch(a: string, b: string): boolean {
  if (endsInNisba(a) === endsInNisba(b)) return false;
  const [adjective, other] = endsInNisba(a) ? [a, b] : [b, a];
  // Persian ه for a final e that Arabic writes ي after a consonant (كونتي / کونته) is the name's own vowel,
  // not an adjective; قاهره‌ای (ه + ای) is the adjective of قاهره.
  const finalE =
    other.endsWith('ه') &&
    !other.endsWith('يه') &&
    !VOWEL_ONLY.has(adjective.charAt(adjective.length - 2)) &&
    // After ه only where the other writes that ه and then the e (كاراهي / کاراهه), not the e alone (قاهرهی).
    (adjective.charAt(adjective.length - 2) !== 'ه' || other.endsWith('هه'));
  // After a vowel Persian seats a hamza before that e (اوئه, هوئه), where Arabic writes ي after the vowel (أوي, هوي):
  // in a word of one consonant at most, too short a stem for the nisba (موسوي is the adjective of موسى).
  const seatedE = other.endsWith('ءه') && VOWEL_ONLY.has(adjective.charAt(adjective.length - 2)) && skeletonSize(adjective) <= 1;
  return !other.endsWith('يه') && !other.endsWith('ى') && !finalE && !seatedE;
}
export const VOWEL_ONLY = new Set(['ا', 'و', 'ي', 'ى']);
/**
 * A final ى against a final ي is Persian spelling of one name (موسى / موسی) only when nothing is added
 * before it; موسى / موسوی adds و before the ي: the adjective ending -avi, another name.
 */
export function maksuraAgainstNisba(alignment: SpellingAlignment): boolean {
  const steps = alignment.steps;
  const last = steps[steps.length - 1];
  const before = steps[steps.length - 2];
  return !!last && !!before && last.kind === 'variant' && (last.a === 'ى' || last.b === 'ى') && before.kind === 'extra';
}

/** A stem of three letters without the article or a final ة (الخور → خور, جريشة → جريش). */
function threeLetterStem(word: string): string {
  const bare = word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
  return bare.endsWith('ة') && bare.length > 3 ? bare.slice(0, -1) : bare;
}

/**
 * The one of two folded words that is the other's diminutive: three letters (no alef among them) against the same
 * with ي after the second (جرش / جريش), the article and a final ة alike on both. Undefined otherwise.
 */
function diminutive(a: string, b: string): string | undefined {
  const [x, y] = [threeLetterStem(a), threeLetterStem(b)];
  if (a.startsWith('ال') !== b.startsWith('ال') || a.endsWith('ة') !== b.endsWith('ة')) return undefined;
  const [short, long, longWord] = x.length === 3 ? [x, y, b] : [y, x, a];
  if (short.length !== 3 || long.length !== 4 || short.includes('ا') || short.includes('ي')) return undefined;
  return long === short.slice(0, 2) + 'ي' + short.slice(2) ? longWord : undefined;
}
