// A name in Latin letters against a name in Arabic script (Trump / ترامب), or two in Latin letters: read the
// Latin the ways Arabic and Persian transliterate it, then compare as spellings.

import { elementAt } from '../contract/element-at.js';
import { isFatherParticle, sonOfInOneOnly } from './latin-patronymic.js';
import { fatherInChain } from './spellings.js';

import { alignLatinWords, alignLatinWordsReordered, isInitial, type LatinPart } from './compare-latin.js';
import { joinArticles } from './latin-article.js';
import { lettersNamed } from './source-sounds.js';
import { bestSpelling } from './known-spelling.js';
import { knownByPart } from './known-by.js';
import { formerNameRead } from './latin-former.js';
import { matchThroughLatin } from './latin-spelled.js';
import { matchReworded } from './reworded.js';
import { compareLatinHeaded } from './latin-headed.js';
import { compareHeaded } from './headed.js';
import { splitHead } from './translated.js';
import { isDictionaryWord } from './lexicon-words.js';
import { compareLatinRegnal } from './latin-regnal.js';
import { spellDigits } from './latin-digits.js';
import { adjectiveMovedAfter } from './latin-adjective.js';
import { latinPlus } from './latin-plus.js';
import { describeAffix, withoutAffix } from './club-affix.js';
import { describeConvention } from './match-describe.js';
import { LANGUAGE_NAMES } from './name-match.js';
import { describeEntity } from './match-describe.js';
import { lowerFirst } from './name-words.js';
import { joinPhrases } from './name-words.js';
import { isFrequentWord } from './name-words.js';
import { eastAsianSurnameSet, tokensOf } from './name-words.js';
import { placeQualifier } from './place-qualifiers.js';
import { COMPOUND_SECONDS, isGivenName, isOrdinary } from './name-words.js';
import { describeLooseStep, looseStep, nisbaForFinalA } from './latin-word-guard.js';
import { closerGivenName, givenNameRead } from './latin-given.js';
import { splitJoinedGiven } from './compound-given.js';
import { entityKey, isLatinName, latinKey, lookupEntries, languageOfSpelling, type KnownEntity } from './gazetteer.js';
import { isAcronym, describeReading, readLatin, type LatinReading } from './latin.js';
import { compoundFirstOnly, compoundSeconds } from './compound-first.js';
import { COMPANY_FORMS, digitGroups, latinWords } from './latin-words.js';
import { type NameMatch, matched, different, type NamePartMatch, round } from './name-match.js';
import { lettersOf, foldName, type SpellingAlignment, type AlignedLetters } from './phonetic.js';

/** The Arabic article written apart at the start of a Latin name, as said before any letter (al-, el-, ash-, ad-). */
// How close a Latin name's reading must be to take an ordinary word of the lexicon for it.
const CLOSE_READING = 0.97;
const ROMANISED_ARTICLE = /^(?:al|el|a[dnrstz]|ash|ath|adh)[-\u2010\s]/iu;

/**
 * A known body's acronym against an Arabic-script name that translates the full English name the acronym stands for,
 * as the lists do not hold it (SIPRI / مؤسسه بین‌المللی تحقیقات صلح استکهلم): the full name compared word by word, its
 * head and its English words translated, its names spelled. Undefined when the acronym is not one or the name does
 * not translate it.
 */
function acronymExpanded(latin: string, other: string, entity: KnownEntity, threshold: number): NameMatch | undefined {
  const acronym = latin.replace(/[^A-Za-z0-9]/gu, '');
  if (!isAcronym(acronym) || entity.type !== 'organization' || entity.name.replace(/[^A-Za-z0-9]/gu, '') === acronym) return undefined;
  if (!entity.name.includes(' ')) return undefined;
  const full = compareLatin(entity.name, other, threshold, true);
  if (!full.same || full.reason.kind !== 'convention') return undefined;
  return matched(
    'convention',
    full.score * 0.97,
    `${latin} stands for ${entity.name}, which ${other} translates: ${lowerFirst(full.reason.detail)}`,
    entity,
  );
}

/** Whether a reading writes the Arabic article as the bare L a Maghrebi romanisation joins to a name (Larbi / العربي). */
function maghrebiArticle(reading: LatinReading): boolean {
  const [alef, l] = reading.steps;
  return reading.how === 'sounds' && alef?.latin === '' && alef.arabic === 'ا' && l?.latin === 'l' && l.arabic === 'ل';
}

/** A Latin name without the hyphenated Arabic article (al-, el-) of its words, when the other name writes no ال. */
function withoutLatinArticle(latin: string, other: string): string | undefined {
  // al- joined by a hyphen, or Al written apart inside a name (Sultan Al Neyadi; not first: Al Gore is a given name).
  // Read first: most Latin names have none, and the word tests below cost lookups.
  const bare = latin
    .replace(/(^|\s)[AaEe]l-(?=\p{L})/gu, '$1')
    .replace(/(\S\s+)[AaEe]l\s+(?=\p{L})/gu, '$1')
    // The article said as the sun letter it comes before, and written so (Ed Damazin, As-Suwayda, Ash Shuhada).
    .replace(/(^|\s)[AaEe](sh|th|dh|[dnrstz])[-\u2010\s](\p{L}+)/gu, (all: string, space: string, sound: string, word: string) =>
      word.toLowerCase().startsWith(sound) ? space + word : all,
    );
  if (bare === latin || bare.trim().length === 0) return undefined;
  // Not against an ordinary word (Al-Ahram, the paper, is no اهرام, pyramids).
  if (/(?:^|\s)[اأآ]ل/u.test(other) || isOrdinary(other) || isFrequentWord(other)) return undefined;
  return bare;
}

/** Whether a name is one word whose letters say Arabic, not Persian (ة, ى, ي, ك, أ, إ), and writes no article. */
function isOneArabicWord(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length === 1 && languageOfSpelling(name) === 'ar' && !/^[اأإآ]ل/u.test(name.trim());
}

/**
 * A name in Latin script against one in Arabic script (or two Latin names): the digits must agree
 * (COVID-19 / كوفيد-19), a known place or organisation is matched by its Latin names, and otherwise the
 * Latin words are read sound by sound, or an acronym letter by letter, as Arabic and Persian write them.
 * `named`: the names are the rest of a headed name or a regnal one, which says they are names, so an ordinary
 * word of the language is not set apart from them.
 */
export function compareLatin(a: string, b: string, threshold: number, named = false): NameMatch {
  const bothLatin = isLatinName(a) && isLatinName(b);
  const [latin, other, latinFirst] = isLatinName(a) ? [a.trim(), b.trim(), true] : [b.trim(), a.trim(), false];
  if (latinKey(latin) === latinKey(other)) return matched('identical', 1, 'The same name, spelled alike.');
  // A plus at the end of the Latin name, read out as a word in Arabic script (OPEC+ / أوبك بلس).
  const plus = bothLatin ? undefined : latinPlus(latin, other);
  if (plus && !plus.read) return different(`${latin}, with its plus, is not ${other}, which has no بلس or پلاس for it.`);
  if (plus) {
    const rest = compareLatin(latinFirst ? plus.latin : plus.other, latinFirst ? plus.other : plus.latin, threshold, named);
    if (!rest.same) return rest;
    const how = other.trim().endsWith('+') ? 'kept as a sign' : 'read out as a word';
    return { ...rest, reason: { ...rest.reason, detail: `The + of ${latin} is ${how}; ${lowerFirst(rest.reason.detail)}` } };
  }
  // A club or company named with its affix in Latin letters and without it in Arabic script (FC Porto / پورتو).
  const affix = bothLatin ? undefined : withoutAffix(latin);
  const bare = affix ? compareLatin(latinFirst ? affix.rest : other, latinFirst ? other : affix.rest, threshold, named) : undefined;
  if (affix && bare?.same && bare.reason.kind !== 'partial' && bare.reason.unmatched.a.length + bare.reason.unmatched.b.length === 0)
    return {
      ...bare,
      reason: {
        ...bare.reason,
        kind: 'convention',
        detail: `${describeAffix(affix.affixes, affix.club, other)}; ${lowerFirst(bare.reason.detail)}`,
      },
    };
  // The Arabic article of a Latin spelling (Qais al-Khazali) against a name that writes none (قیس خزعلی: Persian leaves
  // it out of Arab names).
  const unarticled = bothLatin ? undefined : withoutLatinArticle(latin, other);
  const plain = unarticled ? compareLatin(latinFirst ? unarticled : other, latinFirst ? other : unarticled, threshold, named) : undefined;
  // Arabic writes the article a Latin name carries (Al-Khawkha, الخوخة): one word in Arabic letters without it is a word
  // of the language or another name (خوخة, a peach), where Persian, which leaves the article out, would be the place.
  if (plain?.same && plain.reason.kind !== 'partial' && isOneArabicWord(other))
    return different(
      `${latin} carries the Arabic article, which Arabic writes too; ${other}, in Arabic letters without it, is another word or name.`,
    );
  if (plain?.same && plain.reason.kind !== 'partial')
    return {
      ...plain,
      reason: {
        ...plain.reason,
        kind: 'convention',
        detail: `The Arabic article ${articleForm(latin, unarticled ?? '')}- of ${latin} is not written in ${other}; ${lowerFirst(plain.reason.detail)}`,
      },
    };
  const el = lookupEntries(latin);
  const eo = lookupEntries(other);
  // A known body whose acronym carries a number the other name spells out (G7 / مجموعة السبع).
  const shared = el.find((e) => eo.includes(e));
  if (shared) return matched('convention', 1, describeConvention(a.trim(), b.trim(), shared), shared.entity);
  const digitsL = digitGroups(latin).join(' ');
  const digitsO = digitGroups(other).join(' ');
  // Digits read by their English names (MI6 / ام‌آی‌سیکس), when the other name writes none.
  const spelled = digitsL && !digitsO ? spellDigits(latin) : undefined;
  const read = spelled ? compareLatin(spelled.read, other, threshold) : undefined;
  if (read?.same && read.reason.kind !== 'partial')
    return {
      ...read,
      reason: {
        ...read.reason,
        detail: `The digits of ${latin} are read by their English names (${spelled?.shown ?? ''}); ${lowerFirst(read.reason.detail.replace(spelled?.read ?? '', spelled?.shown ?? ''))}`,
      },
    };
  if (digitsL !== digitsO)
    return different(`${latin} and ${other} carry different numbers (${digitsL || 'none'} against ${digitsO || 'none'}).`);
  if (el.length > 0 && eo.length > 0) {
    return different(`${latin} is ${describeEntity(elementAt(el, 0).entity)} and ${other} is ${describeEntity(elementAt(eo, 0).entity)}.`);
  }
  if (bothLatin) return compareTwoLatin(a.trim(), b.trim());
  // An English adjective before the name, which Arabic and Persian translate and put after it (Blue Nile / النيل الأزرق).
  const moved = adjectiveMovedAfter(latin);
  const after = moved ? compareLatin(latinFirst ? moved.name : other, latinFirst ? other : moved.name, threshold, named) : undefined;
  // Every word must be read: the adjective alone is no name (Great Lawn is not الكبرى).
  if (after?.same && after.reason.kind !== 'partial' && after.reason.unmatched.a.length + after.reason.unmatched.b.length === 0)
    return {
      ...after,
      reason: {
        ...after.reason,
        kind: 'convention',
        detail: `${moved?.adjective ?? ''} stands before the name in English and after it in Arabic and Persian; ${lowerFirst(after.reason.detail.replace(moved?.name ?? '', latin))}`,
      },
    };
  // The rest of a name once a translated part is taken off, in the caller's order.
  // A head or a regnal number says the rest is a name, so an ordinary word there is one (Etihad Airways / الاتحاد للطيران).
  const compareRest = (x: string, y: string): NameMatch => compareLatin(latinFirst ? x : y, latinFirst ? y : x, threshold, true);
  // An English head translated (Mahan Air / هواپیمایی ماهان), the rest transliterated.
  const headed = compareLatinHeaded(latin, other, latinFirst, compareRest, !named);
  if (headed) return el[0] ? { ...headed, reason: { ...headed.reason, entity: el[0].entity } } : headed;
  // A regnal number in Roman numerals, translated into ordinal words (Louis XIV / لويس الرابع عشر).
  const regnal = compareLatinRegnal(latin, other, compareRest);
  if (regnal) return regnal;
  // A body's generic head on the Arabic-script side only (Reuters / وكالة رويترز), which a newsroom adds or leaves
  // out as between two Arabic-script names; not when the Latin name is a place's (Petra / وكالة بترا, Tehran /
  // دانشگاه تهران: a body named after it), nor a place's head (Washington DC / ولاية واشنطن: another place).
  const oneHead =
    splitHead(other).head?.role === 'institution' && !el.some((e) => e.entity.type === 'place')
      ? compareHeaded(a, b, threshold, (x, y, t) => compareLatin(x, y, t, true))
      : undefined;
  if (oneHead) return oneHead;
  // A known place or organisation in Arabic script: the Latin name must be one of its Latin names, or read
  // closely as its Arabic-script name (Roche is not روسيا).
  // A known place or organisation in Latin script: the other name must be one of its Arabic-script names,
  // spelled another way (Naples is نابولي, not نابلس).
  if (el[0]) {
    const entity = el[0].entity;
    // The other name is one ordinary word, which the letters may read as the entity's name without being it.
    const ordinaryWord = (): NameMatch | undefined =>
      tokensOf(other).length === 1 && isOrdinary(other)
        ? different(`${latin} is ${describeEntity(entity)}; ${other} is an ordinary word, not one of its names.`, { entity })
        : undefined;
    const spelled = bestSpelling(other, el[0], threshold, true);
    // An ordinary word a letter away from the place's own spelling is the word (Chad is چاد, not شاد 'glad').
    const word = spelled && spelled.score < 1 ? ordinaryWord() : undefined;
    if (word) return word;
    if (spelled)
      return {
        ...spelled,
        reason: {
          ...spelled.reason,
          kind: spelled.reason.kind === 'convention' ? 'convention' : 'transliteration',
          entity: el[0].entity,
          detail: `${latin} is ${describeEntity(el[0].entity)}, which ${other} spells: ${lowerFirst(spelled.reason.detail)}`,
        },
      };
    // An acronym read out (CIA / سي آي إيه) or as a word (سیا) names what it stands for.
    const read = isAcronym(latin.replace(/[^A-Za-z0-9]/gu, '')) ? alignLatinWords(latin, other, STRICT_LATIN) : undefined;
    if (read && read.parts.length > 0 && read.unmatchedLatin.length === 0 && read.unmatchedArabic.length === 0) {
      // Not an ordinary word the letters happen to read (NASA / نساء, women): the acronym is written as it is said.
      return (
        ordinaryWord() ??
        matched(
          'convention',
          read.score,
          `${latin} is ${describeEntity(entity)}, and ${other} reads it: ${joinPhrases(read.parts.map((p) => describeReading(p.reading)))}.`,
          entity,
        )
      );
    }
    const throughLatin = matchThroughLatin(other, el[0]) ?? matchReworded(other, el[0]);
    if (throughLatin) return throughLatin;
    const expanded = acronymExpanded(latin, other, entity, threshold);
    if (expanded) return expanded;
    return different(`${latin} is ${describeEntity(el[0].entity)}; ${other} is not one of its names.`, { entity: el[0].entity });
  }
  const known = eo[0];
  const initials = known ? (matchThroughLatin(latin, known) ?? formerNameRead(latin, other, known)) : undefined;
  if (initials) return initials;
  const strict = known ? Math.max(threshold, STRICT_LATIN) : threshold;
  const inOrder = alignLatinWords(latin, other, strict);
  // A compound English writes modifiers first and a translation head first (Club World Cup / كأس العالم للأندية).
  const reordered =
    inOrder && (inOrder.unmatchedLatin.length > 0 || inOrder.unmatchedArabic.length > 0)
      ? alignLatinWordsReordered(latin, other, strict)
      : undefined;
  if (reordered)
    return matched(
      'convention',
      reordered.score,
      `The same name in two scripts, its words in the order of each language: ${joinPhrases(reordered.parts.map((p) => `${p.latin} ${p.reading.how === 'translation' ? 'translated' : 'spelled'} ${p.arabic}${stepNotes(p)}`))}.`,
      known?.entity,
    );
  const alignment = inOrder;
  if (!alignment || alignment.parts.length === 0) {
    return different(
      known ? `${other} is ${describeEntity(known.entity)}; ${latin} is not one of its names.` : `${latin} cannot be read as ${other}.`,
    );
  }
  const parts: NamePartMatch[] = alignment.parts.map((p) => ({
    a: latinFirst ? p.latin : p.arabic,
    b: latinFirst ? p.arabic : p.latin,
    score: round(p.reading.score),
    alignment: latinAlignment(p, latinFirst),
  }));
  const unmatched = latinFirst
    ? { a: alignment.unmatchedLatin, b: alignment.unmatchedArabic }
    : { a: alignment.unmatchedArabic, b: alignment.unmatchedLatin };
  const differences = parts.flatMap((p) => p.alignment.steps.filter((st) => st.kind !== 'same'));
  const phrases = joinPhrases(alignment.parts.map((p) => describeReading(p.reading)));
  const entity = known?.entity;
  const gendered = alignment.parts.map((p) => latinGenderClash(p.latin, p.arabic)).find((x) => x !== undefined);
  if (gendered) return different(gendered, { parts, unmatched, differences });
  // A given name that reads clearly closer as another listed given name (Hassan / حسين).
  // The parts are weighed one by one, and the first found ends the search: each costs a reading per listed name.
  for (const p of known ? [] : alignment.parts) {
    const closer = closerGivenName(p.latin, p.arabic, p.reading);
    if (closer)
      return different(`${p.latin} is the given name ${closer} in Latin letters, not ${p.arabic}, another name.`, {
        parts,
        unmatched,
        differences,
      });
  }
  // A frequent word of the language is taken for a Latin name only when it writes every vowel of it (Mars / مارس):
  // with a vowel left unwritten the letters fit too much (Meta / متى, Uber / عبر, NASA / نساء). Any word of the
  // lexicon counts against a short Latin name (three consonants or fewer) whose o, u or i it leaves unwritten:
  // those are long vowels in a European name, which Arabic script writes (Sony is سوني, not سني; Biden is بايدن,
  // not بدن), while a short a or e is left out by the word and the name alike (Kayhan / کیهان).
  const unwritten = (vowels: RegExp): boolean =>
    alignment.parts.some((p) => p.reading.how !== 'letters' && p.reading.steps.some((st) => st.arabic === '' && vowels.test(st.latin)));
  // A Latin name that writes the Arabic article apart (Al-Ittihad, El-Dahiyeh) romanises an Arabic word: a club,
  // a newspaper or a quarter named by the word, not a foreign name that happens to look like it.
  // So does one that writes it as the L of speech joined to the word, as Maghrebi romanisations write a name's article
  // (Lamine / الأمين, Lakhdar / الأخضر, Larbi / العربي).
  const romanisedWord =
    (ROMANISED_ARTICLE.test(latin.trim()) || alignment.parts.some((p) => maghrebiArticle(p.reading))) && foldName(other).startsWith('ال');
  // One unknown Latin word against one Arabic-script word that no caller has named: what the word guards below weigh.
  const oneUnnamedWord = !known && !named && !romanisedWord && tokensOf(other).length === 1;
  const ordinaryWord = `an ordinary ${LANGUAGE_NAMES[languageOfSpelling(other) ?? 'ar']} word`;
  if (
    oneUnnamedWord &&
    alignment.parts.length === 1 &&
    ((isFrequentWord(other) && unwritten(/^[aeiouy]$/u)) || (shortLatin(latin) && isOrdinary(other) && unwritten(/^[oui]$/u)))
  ) {
    return different(`${other} is ${ordinaryWord}; ${latin} reads as it only with a vowel left unwritten.`, {
      parts,
      unmatched,
      differences,
    });
  }
  // An ordinary word of one word (تسلية, عامل) or a known place's own spelling (کشمیر) read loosely is another word.
  const nisba = alignment.parts.find((p) => nisbaForFinalA(p.reading));
  if (nisba)
    return different(
      `${nisba.arabic} ends in ية, the Arabic ending of adjectives and abstract nouns; ${nisba.latin} ends in a, which is written ا or ة.`,
      {
        parts,
        unmatched,
        differences,
      },
    );
  const loose = alignment.parts.length === 1 && (known || (oneUnnamedWord && isOrdinary(other)));
  const step = loose ? alignment.parts.map((p) => looseStep(p.reading)).find((st) => st !== undefined) : undefined;
  if (step) {
    const what = known ? `the spelling of ${describeEntity(known.entity)}` : ordinaryWord;
    return different(`${other} is ${what}; ${latin} reads as it only with ${describeLooseStep(step)}.`, { parts, unmatched, differences });
  }
  // A word of the lexicon (قانون, law; ميتة, dead) read from a Latin name only approximately (Canon, Meta): the
  // letters of a name written for its sound fit it closely, and a word a letter or a vowel off is the word. Tried
  // after the readings that say which letter is loose.
  if (
    oneUnnamedWord &&
    alignment.parts.length === 1 &&
    alignment.score < CLOSE_READING &&
    // A given name is a word too (حافظ, قادر): a romanised Arabic name reads it loosely (Hafez, Kadeur).
    !isGivenName(other) &&
    isDictionaryWord(entityKey(other), languageOfSpelling(other))
  )
    return different(`${other} is ${ordinaryWord}; ${latin} reads as it only loosely.`, { parts, unmatched, differences });
  if (unmatched.a.length === 0 && unmatched.b.length === 0) {
    if (known && alignment.score < STRICT_LATIN)
      return different(`${other} is ${describeEntity(known.entity)}; ${latin} is not one of its names.`);
    const detail = `The same name in two scripts: ${latin} in Latin letters and ${other}, with ${phrases}.`;
    return {
      same: true,
      score: round(alignment.score),
      reason: {
        // A word translated rather than transliterated (BBC Persian / بی‌بی‌سی فارسی) is a convention of the names.
        kind: alignment.parts.some((p) => p.reading.how === 'translation') ? 'convention' : 'transliteration',
        detail: detail.replace(', with letter for letter', ', letter for letter'),
        ...(entity ? { entity } : {}),
        parts,
        unmatched,
        differences,
      },
    };
  }
  if ((unmatched.a.length === 0 || unmatched.b.length === 0) && alignment.keepsLast && !known) {
    const missing = [...unmatched.a, ...unmatched.b];
    const omitted = missing.join(' ');
    // An Arabic-script name that opens with given names before all the Latin one writes: as within Arabic script,
    // the Latin name is the father's (Ali Abdullah Saleh / أحمد علي عبد الله صالح).
    if (alignment.unmatchedFirst && alignment.unmatchedLatin.length === 0) {
      const words = tokensOf(other);
      const opening = tokensOf(alignment.unmatchedArabic.join(' ')).length;
      const father = opening < words.length ? fatherInChain(words, [...Array(opening).keys()]) : undefined;
      if (father) return different(father, { parts, unmatched, differences });
    }
    // The longer name opens with a given name and "son of" before all the shorter one writes: the shorter is his
    // father's name (Khaled bin Mohamed bin Zayed / محمد بن زايد), as within Arabic script.
    const particle = elementAt(missing, missing.length - 1);
    if (alignment.unmatchedFirst && missing.length >= 2 && isFatherParticle(particle)) {
      const [longer, shorter] = alignment.unmatchedLatin.length > 0 ? [latin, other] : [other, latin];
      return different(`${shorter} is the father's name in ${longer} (${particle}: son of): two people.`, {
        parts,
        unmatched,
        differences,
      });
    }
    // A Latin name that opens with given names before all the Arabic-script one writes: the Arabic-script name is the
    // father's (Hamza Shehbaz Sharif / شهباز شريف), read as the same pair in Arabic letters is.
    // The father's name must be a full name, two names on both sides: a surname the Arabic script writes in two words
    // (Berdimuhamedow / بردي محمدوف) is no father's given name and family name.
    if (
      alignment.unmatchedFirst &&
      alignment.unmatchedArabic.length === 0 &&
      alignment.unmatchedLatin.length > 0 &&
      alignment.parts.length >= 2
    ) {
      const words = tokensOf(other);
      const opening = alignment.unmatchedLatin.map(asArabicOpening);
      if (fatherInChain([...opening, ...words], [...opening.keys()]))
        return different(`${latin} carries ${other} as the father's name: two people.`, { parts, unmatched, differences });
    }
    // "Son of" in one name only, between names both write (Muhammad ibn Abd al-Wahhab / محمد عبدالوهاب): two people,
    // as within Arabic script.
    // A compound given name without its second part (Ahmad Shah Massoud / أحمد مسعود) names another person, as within
    // Arabic script: the longer name put in Arabic letters, its words left out marked, for fatherInChain.
    const chain = !alignment.unmatchedFirst ? longerInArabic(latin, other, alignment) : undefined;
    const broken = chain ? fatherInChain(chain.words, chain.missing) : undefined;
    if (broken) return different(broken, { parts, unmatched, differences });
    if (!alignment.unmatchedFirst && missing.every((w) => isFatherParticle(w))) {
      const longer = unmatched.a.length > 0 ? (latinFirst ? latin : other) : latinFirst ? other : latin;
      return different(sonOfInOneOnly(omitted, longer), { parts, unmatched, differences });
    }
    // Initials tell a son from his father of the same name (George H. W. Bush, George W. Bush): an initial one name
    // writes and the other leaves out, though it writes initials too, makes another person.
    const initial = (w: string): boolean => isInitial(w) || lettersNamed(lettersOf(foldName(w))) !== undefined;
    if (missing.every(initial) && alignment.parts.some((p) => p.reading.how === 'letters' && latinWords(p.latin).every(isInitial)))
      return different(`${omitted}, an initial, stands in one name only, which both write with initials: two people.`, {
        parts,
        unmatched,
        differences,
      });
    const qualifier = placeQualifier([...unmatched.a, ...unmatched.b]);
    if (qualifier)
      return different(`${qualifier} makes another place of the same name: ${latin} and ${other} name two places.`, {
        parts,
        unmatched,
        differences,
      });
    // A compound given name written apart in the Latin (Mohammad Reza Khatami) against its first part alone in Arabic
    // script (محمد خاتمي): another person, as within Arabic script.
    const compound = latinCompoundFirst(latin, alignment.unmatchedLatin, alignment.unmatchedArabic, tokensOf(other));
    if (compound)
      return different(`${compound} is one compound given name; ${other} has its first part alone: another person's name.`, {
        parts,
        unmatched,
        differences,
      });
    // A Chinese, Korean or Vietnamese given name is written in syllables: without one of them it is another
    // person's (Li Qiang / لي كه تشيانغ, Li Keqiang), as within Arabic script.
    // The surname alone may stand for the person (کیم for Kim Jong-un): both must write some of the given name.
    const words = tokensOf(other);
    const surname = words[0];
    const latinNames = latinWords(latin);
    if (
      surname &&
      words.length > 1 &&
      latinNames.length > 1 &&
      eastAsianSurnameSet().has(surname) &&
      !unmatched.b.includes(surname) &&
      !unmatched.a.includes(latinNames[0] ?? '')
    )
      return different(
        `${other} and ${latin} share the surname, but ${omitted}, a syllable of the given name, is missing from one: another person's name.`,
        {
          parts,
          unmatched,
          differences,
        },
      );
    return {
      same: true,
      score: round(alignment.score),
      reason: {
        kind: 'partial',
        detail: `One name is part of the other: ${omitted} is missing from the ${unmatched.a.length > 0 ? 'second' : 'first'}; ${phrases}.`,
        parts,
        unmatched,
        differences,
      },
    };
  }
  // The Arabic-script name adds to the Latin one only what the person is known without, as within Arabic
  // script (Hafez / حافظ شیرازی: the nisba of his town).
  const knownBy = alignment.unmatchedLatin.length === 0 && !known ? knownByInArabic(other, alignment.unmatchedArabic) : undefined;
  if (knownBy)
    return {
      same: true,
      score: round(alignment.score * 0.9),
      reason: {
        kind: 'partial',
        detail: `${latin} is ${alignment.parts.map((p) => p.arabic).join(' ')} in Latin letters, with ${phrases}; ${knownBy}`,
        parts,
        unmatched,
        differences,
      },
    };
  // A given name joined to محمد or سید in Persian (محمدکریم خلیلی), which the Latin writes without it (Karim Khalili).
  const split = splitJoinedGiven(tokensOf(other));
  const apart = split
    ? compareLatin(latinFirst ? latin : split.words.join(' '), latinFirst ? split.words.join(' ') : latin, threshold, named)
    : undefined;
  if (split && apart?.same)
    return {
      ...apart,
      reason: {
        ...apart.reason,
        detail: `${split.joined} is ${split.apart} written as one word, and ${split.why}; ${lowerFirst(apart.reason.detail)}`,
      },
    };
  return different(
    `The names differ: ${[...unmatched.a, ...unmatched.b].join(' ')} has no counterpart.`,
    { parts, unmatched, differences },
    round(alignment.score),
  );
}

// What the readings of a reordered name join to a word: و for and, سازی for making, the ezafe ی.
const JOINED_WORDS: ReadonlySet<string> = new Set(['و', 'سازی', 'ی']);

/**
 * The conventions a part of a reordered name follows beyond its word's translation or spelling (and written و, سازی
 * for making, the ezafe ی), in brackets, or nothing.
 */
function stepNotes(part: LatinPart): string {
  // A joined word's note, or the note of a step that reads the whole part (a place written as its nisba).
  const notes = part.reading.steps.flatMap((st) =>
    st.note && (JOINED_WORDS.has(st.arabic) || (st.latin === part.latin && st.arabic === part.arabic)) ? [st.note] : [],
  );
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

/** The form of the Arabic article a Latin name writes and its bare form leaves out: al, or as said before a sun letter (ed, as). */
function articleForm(latin: string, bare: string): string {
  const words = latin.split(/[\s\-\u2010]+/u);
  const kept = new Set(bare.split(/\s+/u));
  return (words.find((w) => /^[ae](?:l|sh|th|dh|[dnrstz])$/iu.test(w) && !kept.has(w)) ?? 'al').toLowerCase();
}

/**
 * The longer of two names as Arabic-script words, and the positions of the words the shorter lacks: the Arabic-script
 * name as it is, or the Latin one with each matched group put as the words it reads as, and each word left out put
 * as the second part of a compound it reads as (Shah as شاه), or as it is. Undefined when both lack words.
 */
function longerInArabic(
  latin: string,
  other: string,
  alignment: {
    readonly parts: readonly LatinPart[];
    readonly unmatchedLatin: readonly string[];
    readonly unmatchedArabic: readonly string[];
  },
): { words: string[]; missing: number[] } | undefined {
  if (alignment.unmatchedLatin.length > 0 === alignment.unmatchedArabic.length > 0) return undefined;
  if (alignment.unmatchedArabic.length > 0) {
    const words = tokensOf(other);
    const left = alignment.unmatchedArabic.map((w) => foldName(w));
    const missing = words.flatMap((w, i) => (left.includes(w) ? [i] : []));
    return missing.length === left.length ? { words, missing } : undefined;
  }
  const lw = joinArticles(latinWords(latin));
  const words: string[] = [];
  const missing: number[] = [];
  let p = 0;
  for (let i = 0; i < lw.length;) {
    const part = alignment.parts[p];
    const n = part ? part.latin.split(' ').length : 0;
    if (part && lw.slice(i, i + n).join(' ') === part.latin) {
      for (const token of tokensOf(part.arabic)) words.push(token);
      i += n;
      p++;
      continue;
    }
    const word = lw[i] ?? '';
    missing.push(words.length);
    words.push([...COMPOUND_SECONDS].find((second) => (readLatin(word, second)?.score ?? 0) >= OPENING_READING) ?? word.toLowerCase());
    i++;
  }
  return p === alignment.parts.length ? { words, missing } : undefined;
}

/** Why the Arabic-script words a Latin name lacks are ones the person is known without (see knownByPart). */
function knownByInArabic(arabic: string, unmatched: readonly string[]): string | undefined {
  if (unmatched.length === 0) return undefined;
  const words = tokensOf(arabic).map((w) => foldName(w));
  const left = new Set(unmatched.map((w) => foldName(w)));
  const missing = words.map((w, i) => (left.has(w) ? i : -1)).filter((i) => i >= 0);
  return missing.length === unmatched.length ? knownByPart(words, missing) : undefined;
}
// Slavic surnames have a feminine form (Zelensky / Zelenska, Ivanov / Ivanova) that names another person: the
// Latin endings, and the Arabic-script ones of the other gender (folded letters).
export const LATIN_MASCULINE = /(?:ov|ev|in|sky|ski|skiy|skyi)$/u;
export const LATIN_FEMININE = /(?:ova|eva|ina|ska|skaya)$/u;
export const ARABIC_FEMININE = ['وفا', 'ووا', 'يفا', 'ينا', 'سكا', 'سكايا'];
export const ARABIC_MASCULINE = ['وف', 'يف', 'ين', 'سكي'];
/** Why a Latin word and its Arabic-script reading are the two genders of a Slavic surname, or undefined. */

export function latinGenderClash(latin: string, arabic: string): string | undefined {
  const l = latin.toLowerCase().split(/\s+/u).pop() ?? '';
  const a = lettersOf(foldName(arabic.split(/\s+/u).pop() ?? ''));
  const feminineA = ARABIC_FEMININE.some((e) => a.endsWith(e));
  const masculineA = !feminineA && ARABIC_MASCULINE.some((e) => a.endsWith(e));
  if (LATIN_MASCULINE.test(l) && feminineA) return `${latin} is the masculine and ${arabic} the feminine form of one surname: two people.`;
  if (LATIN_FEMININE.test(l) && masculineA) return `${latin} is the feminine and ${arabic} the masculine form of one surname: two people.`;
  return undefined;
}
/** Latin words of a name for comparing two Latin names: lower case, digits folded, an acronym's plural s off (NSAIDs). */
export function latinTerms(name: string): string[] {
  return name
    .split(/[\s\-–—/&.,]+/u)
    .map((w) => (/^[A-Z0-9]{2,}s$/u.test(w) ? w.slice(0, -1) : w))
    .map(latinKey)
    .filter((w) => w.length > 0 && !COMPANY_FORMS.has(w));
}
/** Two names in Latin script: the same words, or one a part of the other (OC43 / HCoV-OC43). */

export function compareTwoLatin(a: string, b: string): NameMatch {
  const ta = latinTerms(a);
  const tb = latinTerms(b);
  if (ta.length > 0 && ta.join(' ') === tb.join(' '))
    return matched('identical', 1, 'The same name, spelled alike (case, digits and legal form aside).');
  const [shorter, longer] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (shorter.length > 0 && shorter.every((w) => longer.includes(w)) && shorter.join('').length >= 3) {
    return {
      ...matched(
        'partial',
        shorter.length / longer.length,
        `One name is part of the other: ${longer.filter((w) => !shorter.includes(w)).join(' ')} is missing from the ${ta.length <= tb.length ? 'first' : 'second'}.`,
      ),
    };
  }
  return different(`${a} and ${b} are two different Latin names.`);
}
// How closely a Latin name must read as the Arabic-script name of a known place before it counts as one of its names.

export const STRICT_LATIN = 0.9;
export function latinAlignment(part: LatinPart, latinFirst: boolean): SpellingAlignment {
  const steps: AlignedLetters[] = part.reading.steps.map((st) => {
    const kind: AlignedLetters['kind'] = st.cost === 0 ? 'same' : st.latin && st.arabic ? 'variant' : 'extra';
    const [x, y] = latinFirst ? [st.latin, st.arabic] : [st.arabic, st.latin];
    return kind === 'variant' ? { a: x, b: y, kind, sound: st.latin, cost: st.cost } : { a: x, b: y, kind, cost: st.cost };
  });
  return { cost: steps.reduce((c, st) => c + st.cost, 0), steps };
}

/** A Latin name of one word and three consonants or fewer, whose letters fit many words. */
function shortLatin(latin: string): boolean {
  return latin.trim().split(/\s+/u).length === 1 && latin.replace(/[^A-Za-z]/gu, '').replace(/[aeiouyAEIOUY]/gu, '').length <= 3;
}

// Arabic-script names fatherInChain treats apart when they open a name (a Persian compound of محمد or علي, the
// honorific سيد), recognised in Latin letters by their reading (Mohammad, Mahamat, Ali, Seyed).
const OPENING_NAMES = ['محمد', 'علي', 'سيد'];
const OPENING_READING = 0.9;

/**
 * A Latin word that opens a name, put as fatherInChain reads the opening of an Arabic-script name: محمد, علي or سيد
 * when it reads as one of them, a kunya, ibn or a word with the article as such, another listed given name in its
 * Arabic-script form; any other word as it is (no Arabic-script given name, which leaves the decision to the word
 * after it, the father's given name).
 */
function asArabicOpening(word: string): string {
  const lower = word.toLowerCase();
  if (/^ab[uo]u?$/u.test(lower) || /^ab[uo]u?[-‐]/u.test(lower)) return foldName('ابو');
  if (isFatherParticle(lower)) return foldName('ابن');
  if (ROMANISED_ARTICLE.test(lower)) return foldName('ال') + lower;
  // The English article opens a title (The Jerusalem Post), never a person's name, whatever it reads as (طه).
  if (lower === 'the') return lower;
  // Another listed given name in its Arabic-script form (Uday as عدي), which tells fatherInChain a son's name opens
  // the chain (Uday Saddam Hussein / صدام حسين), as an Arabic-script given name does.
  const opening = OPENING_NAMES.find((name) => (readLatin(word, name)?.score ?? 0) >= OPENING_READING);
  return opening ?? givenNameRead(word) ?? lower;
}

/**
 * The compound given name (Mohammad Reza) when the one Latin word left without a counterpart is the second word of
 * three or more, reads as a name that closes a compound (Reza as رضا), and completes with the Arabic-script name's
 * first word a compound its first part alone does not name; undefined otherwise.
 */
function latinCompoundFirst(
  latin: string,
  unmatchedLatin: readonly string[],
  unmatchedArabic: readonly string[],
  arabicWords: readonly string[],
): string | undefined {
  const names = latinWords(latin);
  if (unmatchedArabic.length > 0 || unmatchedLatin.length !== 1 || names.length < 3 || names[1] !== unmatchedLatin[0]) return undefined;
  const word = names[1] ?? '';
  const second = [...compoundSeconds()].find((s) => (readLatin(word, s)?.score ?? 0) >= OPENING_READING);
  if (!second || arabicWords.length < 2) return undefined;
  return compoundFirstOnly([arabicWords[0] ?? '', second, ...arabicWords.slice(1)], [1]) ? `${names[0]} ${word}` : undefined;
}
