import {
  bilingualLexicon,
  conceptsOfInfo,
  lexiconSide,
  type BilingualLexicon,
  type LexiconWordInfo,
} from '../../lexicon/bilingual-lexicon.js';
import { LIGHT_VERB_STEMS } from '../../lexicon/persian-light-verbs.js';
import { persianStemCandidates } from '../../lexicon/stem-fa.js';
import { entityKey, lookupAdjective, lookupKey, type NameLanguage } from '../gazetteer.js';
import { arabicStems, isCommonWord } from '../vocabulary.js';
import { memoize } from '../../text/memo.js';
import { elementAt } from '../../contract/element-at.js';

/**
 * Word classes that tell an ordinary word from a name, for the name finder: what the bilingual lexicon knows
 * (a word of news vocabulary, inflected or not, or a word of one of its phrases: جمهور in رئیس جمهور), and the
 * Arabic patterns of verbal nouns, adjectives and broken plurals whose endings look like a foreign surname's
 * (تخفيف, ضعيف, معروف, وظائف against لافروف, بيسكوف), and the Persian plurals of people (دانشجویان,
 * حامیان against باشینیان).
 */

/** Per concept of the built-in lexicon: 1 a name, 0 not, 2 not worked out yet (see {@link isNameConcept}). */
let nameConcepts: Uint8Array | undefined;
const UNKNOWN = 2;

/**
 * Whether a concept of the lexicon is a name (a region, a country or an organisation the gazetteer knows: آسيا /
 * آسیا, منظمة الصحة العالمية): a word of theirs is no ordinary word. A concept is a name when its first
 * Arabic and first Persian forms name the same entity; a word that only looks like a name (الاثنين | دوشنبه,
 * Monday and Dushanbe; مال/مالي | پول/مالی, money and Mali; جد/جدة, grandmother and Jeddah) stays an
 * ordinary word. Worked out for each concept when first asked (and remembered): a text meets few of them, and
 * reading them all cost a fresh process a good part of its first comparison.
 */
function isNameConcept(lexicon: BilingualLexicon, id: number): boolean {
  if (!nameConcepts || nameConcepts.length !== lexicon.conceptCount) nameConcepts = new Uint8Array(lexicon.conceptCount).fill(UNKNOWN);
  let known = nameConcepts[id];
  if (known === UNKNOWN) {
    const c = lexicon.concept(id);
    const arabic = c ? new Set(lookupKey(entityKey(c.arabic[0] ?? ''), 'ar').map((e) => e.entity.id)) : undefined;
    known = c && arabic && lookupKey(entityKey(c.persian[0] ?? ''), 'fa').some((e) => arabic.has(e.entity.id)) ? 1 : 0;
    nameConcepts[id] = known;
  }
  return known === 1;
}

/**
 * How sure the lexicon is that a word is ordinary vocabulary: 0 it does not know it; 1 a short word it lists
 * as written (three letters or fewer: زاد, جين), which names of several words also hold (خليل زاد, شي جين
 * بينغ); 2 a form its stemmer takes back to a word it lists (دانشجویان → دانشجو, بعدم → عدم, لعبته → لعب);
 * 3 a longer word it lists as written; 4 a word of one of its phrases, here (جمهور of رئیس جمهور, آستانه of
 * در آستانه).
 */
export type LexiconEvidence = 0 | 1 | 2 | 3 | 4;

const ARABIC_PROCLITICS = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)$/u;
const ARABIC_SUFFIXES = new Set(['', 'ه', 'ها', 'هم', 'هما', 'كم', 'ته', 'تها', 'تهم', 'ات', 'ون', 'ين']);

/**
 * Whether a stem of three letters or fewer was reached from the word by peeling only clitics and suffixes
 * that cannot end a name: Arabic proclitics and the pronouns ه ها هم (بعدم, عنه, لعبته), Persian ‑ها and
 * the verbal prefix می. The stemmer's other readings of short stems read names as words (بيردي → ب يرد ي,
 * حقاني → حقا ني, لاين → ل اين).
 */
function shortStemIsSafe(key: string, stem: string, language: NameLanguage): boolean {
  // Persian: a verb with its prefix (میگوید, بماند, نرفت), a plural in ‑ها, an adjective in ‑ی (مالی of مال).
  if (language === 'fa') return /^(?:ن?مي|ب|ن)/u.test(key) || /ها(?:ي|يي)?$/u.test(key) || key === stem + 'ي';
  for (const written of stem.endsWith('ه') ? [stem, stem.slice(0, -1) + 'ت'] : [stem]) {
    const at = key.indexOf(written);
    if (at < 0) continue;
    const prefix = key.slice(0, at);
    const suffix = key.slice(at + written.length);
    if (
      ARABIC_PROCLITICS.test(prefix) &&
      ARABIC_SUFFIXES.has(suffix) &&
      (prefix.length > 0 || suffix.length > 0) &&
      !(prefix === 'ل' && suffix === '')
    )
      return true;
  }
  return false;
}

const NO_CONCEPTS: readonly number[] = Object.freeze([]);

/**
 * For each token of a text (its folded letters; `''` for punctuation and numbers), how sure the bilingual
 * lexicon is that it is ordinary vocabulary (see {@link LexiconEvidence}). With `phrases`, the concepts of the
 * phrases that cover each token are written there (for a place, to see whether the phrase is about it).
 */
export function lexiconWords(keys: readonly string[], language: NameLanguage, phrases?: (readonly number[])[]): LexiconEvidence[] {
  const lexicon = bilingualLexicon();
  const inSentence = language === 'ar' ? lexicon.arabicSentence(keys) : lexicon.persianSentence(keys);
  return inSentence.map((list, i) => {
    const key = elementAt(keys, i);
    if (key.length === 0) return 0;
    if (list.length === 0) {
      if (phrases) phrases[i] = NO_CONCEPTS;
      return wordEvidence(lexicon, key, language);
    }
    const own = lexicon.concepts(key, language);
    // A phrase covers the word (جمهور of رئیس جمهور).
    const covering = list.filter((id) => !isNameConcept(lexicon, id) && !own.includes(id));
    if (phrases) phrases[i] = covering;
    if (covering.length > 0) return 4;
    return wordEvidence(lexicon, key, language);
  });
}

/**
 * {@link lexiconWords} of the finder's words, each distinct word looked up once: `types.infos` and
 * `types.evidence` keep, by the word's type, the lexicon's analysis and its evidence alone (plus one; 0 not yet).
 */
export function lexiconWordsOfTypes(
  words: readonly { readonly kind: string; readonly key: string; readonly id: number }[],
  language: NameLanguage,
  phrases: (readonly number[])[],
  types: { readonly infos: (LexiconWordInfo | undefined)[]; readonly evidence: Uint8Array },
): LexiconEvidence[] {
  const lexicon = bilingualLexicon();
  const side = lexiconSide(lexicon, language);
  if (!side)
    return lexiconWords(
      words.map((w) => (w.kind === 'word' ? w.key : '')),
      language,
      phrases,
    );
  const empty = side.info('');
  const infos = words.map((w) => (w.kind === 'word' ? (types.infos[w.id] ??= side.info(w.key)) : empty));
  // The concepts of the phrases covering each token beyond its own (most tokens have none): what the
  // lexicon's sentence adds to the token's own concepts, without a list per token.
  const added: (number[] | undefined)[] = [];
  side.eachPhrase(infos, (token, concept) => {
    if (conceptsOfInfo(elementAt(infos, token)).includes(concept)) return;
    const list = (added[token] ??= []);
    if (!list.includes(concept)) list.push(concept);
  });
  const out = new Array<LexiconEvidence>(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = elementAt(words, i);
    if (w.kind !== 'word' || w.key.length === 0) {
      out[i] = 0;
      continue;
    }
    const extra = added[i];
    if (extra) {
      // A phrase covers the word (جمهور of رئیس جمهور).
      const covering = extra.filter((id) => !isNameConcept(lexicon, id));
      phrases[i] = covering;
      if (covering.length > 0) {
        out[i] = 4;
        continue;
      }
    } else phrases[i] = NO_CONCEPTS;
    let e = types.evidence[w.id] ?? 0;
    if (e === 0) types.evidence[w.id] = e = wordEvidence(lexicon, w.key, language) + 1;
    out[i] = (e - 1) as LexiconEvidence;
  }
  return out;
}

/** What the lexicon says of a word by itself (no phrase covering it): the same wherever it stands, so remembered. */
function wordEvidence(lexicon: BilingualLexicon, key: string, language: NameLanguage): LexiconEvidence {
  const memo = language === 'ar' ? arabicEvidence : persianEvidence;
  let evidence = memo.get(key);
  if (evidence === undefined) {
    if (memo.size >= EVIDENCE_KEPT) memo.clear();
    memo.set(key, (evidence = wordEvidenceOnce(lexicon, key, language)));
  }
  return evidence;
}

const arabicEvidence = new Map<string, LexiconEvidence>();
const persianEvidence = new Map<string, LexiconEvidence>();
const EVIDENCE_KEPT = 1 << 16;

function wordEvidenceOnce(lexicon: BilingualLexicon, key: string, language: NameLanguage): LexiconEvidence {
  const own = lexicon.concepts(key, language);
  if (!own.some((id) => !isNameConcept(lexicon, id))) return 0;
  const stem = lexicon.stem(key, language);
  if (stem === key) return key.length >= 4 ? 3 : 1;
  return stem.length >= 4 || shortStemIsSafe(key, stem, language) ? 2 : 0;
}

/**
 * Whether a concept of the lexicon speaks of a place in the other language: a form of it holds a word that
 * names the place, its adjective, or a nisba of it (رئیس‌جمهور ایران | الرئيس الإيراني, رئیس کمیسیون اروپا |
 * رئيس المفوضية الأوروبية), so that the place in the phrase is the place, not a homograph (مسقط رأس, در آستانه).
 * With `everyForm`, whether every form of it does: a name that holds a place and has another form without it
 * (متلازمة الشرق الأوسط التنفسية | سندرم تنفسی خاورمیانه/مرس) speaks of something else.
 */
export function conceptNamesPlace(concept: number, placeId: string, language: NameLanguage, everyForm = false): boolean {
  const c = bilingualLexicon().concept(concept);
  if (!c) return false;
  const other: NameLanguage = language === 'ar' ? 'fa' : 'ar';
  const names = (form: string): boolean => form.split(/\s+/u).some((w) => placeOfWord(w, other) === placeId);
  const forms = other === 'ar' ? c.arabic : c.persian;
  return everyForm ? forms.every(names) : forms.some(names);
}

const ARABIC_NISBA = /(?:يين|يون|ية|يه|ي)$/u;
// Over folded keys, where ی is written ي.
const PERSIAN_NISBA = /(?:ايي|اي|يي|ي)$/u;

/**
 * The id of the place a word names in a language, as a name, an adjective (الروسية, تاجیکی) or a nisba of a
 * name the gazetteer gives no adjective for (الأوروبية, اروپایی, الآسيوي, النمساوية), if any.
 */
export function placeOfWord(word: string, language: NameLanguage): string | undefined {
  const key = entityKey(word);
  const direct = lookupKey(key, language)[0] ?? lookupAdjective(key, language);
  if (direct) return direct.entity.id;
  const bare = language === 'ar' && key.startsWith('ال') ? key.slice(2) : key;
  const stem = bare.replace(language === 'ar' ? ARABIC_NISBA : PERSIAN_NISBA, '');
  if (stem === bare || stem.length < 3) return undefined;
  // The nisba of a name in ‑ا is written with و (آسيا → آسيوي, النمسا → النمساوي): its stem ends in و where the
  // name has ا, or after it.
  const wāw = stem.endsWith('و') && stem.length >= 4 ? [stem.slice(0, -1) + 'ا', stem.slice(0, -1)] : [];
  const forms = [stem, stem + 'ا', stem + 'يا', stem + 'ه', ...wāw];
  for (const form of forms) {
    const found = lookupKey(form, language)[0] ?? (language === 'ar' ? lookupKey('ال' + form, language)[0] : undefined);
    if (found && found.entity.type === 'place') return found.entity.id;
  }
  return undefined;
}

/** Whether the lexicon knows a single folded word as ordinary vocabulary. */
export function isLexiconWord(key: string, language: NameLanguage): boolean {
  return (lexiconWords([key], language)[0] ?? 0) > 0;
}

/**
 * Whether a word whose ending looks like a surname's (‑يف, ‑وف) has the shape of an Arabic verbal noun,
 * adjective or broken plural (in Arabic, or borrowed into Persian): four letters or fewer once its clitics
 * are off (ضعيف, خفيف, تكيّف, مضيف), تفعيل (تخفيف, توصیف), مفعول (معروف), فعائل and فواعل (وظائف, مخاوف),
 * تفاعيل (تعاریف). A foreign surname of that ending has more letters, or other ones (بيسكوف, لافروف, علييف).
 */
export function hasArabicPatternShape(key: string, language: NameLanguage): boolean {
  const stems = language === 'ar' ? arabicStems(key).map((s) => s.stem) : [key];
  return stems.some((stem) => {
    const w = stem.startsWith('ال') && stem.length >= 5 ? stem.slice(2) : stem;
    if (w.length <= 4) return true;
    if (w.length === 5) {
      return (
        (w[0] === 'ت' && w[3] === 'ي') || // تفعيل
        (w[0] === 'م' && (w[3] === 'و' || w[3] === 'ي')) || // مفعول, مفعيل
        (w[2] === 'ا' && (w[3] === 'ي' || w[3] === 'و')) // فعائل, فواعل (وظايف, مخاوف)
      );
    }
    return w.length === 6 && w[0] === 'ت' && w[2] === 'ا' && w[4] === 'ي'; // تفاعيل
  });
}

/**
 * Persian: whether a word in ‑ان or ‑یان is the plural of a word the lexicon knows (دانشجویان, قربانیان,
 * حامیان, مبتلایان, کارفرمایان), not a surname (باشینیان). Arabic: whether a word in ‑يان is a dual
 * (ينتميان, a verb) or a verbal noun the lexicon knows (نسيان).
 */
export function isPluralOfWord(key: string, language: NameLanguage): boolean {
  if (!key.endsWith('ان') || key.length < 5) return false;
  if (language === 'ar') return /^[يت]/u.test(key) || isLexiconWord(key, 'ar');
  const singular = key.slice(0, -2);
  const forms = [
    singular,
    singular.endsWith('ي') ? singular.slice(0, -1) : singular + 'ي',
    singular.endsWith('گ') ? singular.slice(0, -1) + 'ه' : '',
  ];
  return forms.some((f) => f.length >= 3 && isLexiconWord(f, 'fa')) || isLexiconWord(key, 'fa');
}

/**
 * Whether a word has the shape of an Arabic verbal noun (in Arabic, or borrowed into Persian) of a derived
 * verb: استفعال (استجماع), افتعال (اختبار), انفعال (انفجار), إفعال (إعلان), تفعيل (تحقيق), مفاعلة
 * (معاملة). Few foreign names have these letters in these places in Arabic; given names of the shape (إسلام,
 * إحسان) are known as given names first. تفاعل (تعاون) is left out: ترامب has its shape. Persian writes foreign
 * names with a prothetic alef (استفان is Stefan, of the shape of استماع), so there the shape tells nothing: the
 * masdars Persian borrows are left to the lexicon.
 */
export function hasMasdarShape(key: string, language: NameLanguage): boolean {
  return language === 'ar' && arabicMasdarShape(key);
}

// The word classes are read at every word of every text the name finder reads: each is remembered per word.
const arabicMasdarShape = /* @__PURE__ */ memoize((key: string): boolean => {
  const stems = arabicStems(key).map((s) => s.stem);
  return stems.some((stem) => {
    const w = stem.startsWith('ال') && stem.length >= 6 ? stem.slice(2) : stem;
    switch (w.length) {
      case 5:
        return (w[0] === 'ت' && w[3] === 'ي') || (w[0] === 'ا' && w[3] === 'ا');
      case 6:
        return (w[0] === 'ا' && w[4] === 'ا' && (w[2] === 'ت' || w[1] === 'ن')) || (w[0] === 'م' && w[2] === 'ا' && w[5] === 'ه');
      case 7:
        // Not استيفان: a vowel letter after است is a name's.
        return w.startsWith('است') && w[5] === 'ا' && !'اوي'.includes(elementAt(w, 3));
      default:
        return false;
    }
  });
});

/**
 * Arabic: whether a word ends in a pronoun suffix no name carries — ها هم هما كم, or ة before a pronoun
 * (لعبته, بقدرتها) — once its clitics are off and at least three letters are left before it.
 */
export const hasPronounSuffix: (key: string) => boolean = /* @__PURE__ */ memoize((key: string): boolean =>
  arabicStems(key).some(({ stem }) => /^.{3,}(?:ها|هم|هما|كم|كما)$/u.test(stem) || /^.{3,}ت(?:ه|ها|هم)$/u.test(stem)),
);

// The copula, which the light verbs leave out (میبود, باشد).
const COPULA_STEMS = new Set(['بود', 'باش']);

/**
 * Persian: whether a word is a form of a light verb or of the copula (میکند, میشد, گردید, نموده, میبود),
 * with or without the zero-width non-joiner after می: Dari often writes میکند as one word.
 */
export const isPersianVerbForm: (key: string) => boolean = /* @__PURE__ */ memoize(
  (key: string): boolean =>
    LIGHT_VERB_STEMS.has(key) ||
    persianStemCandidates(key).some((c) => c.kind !== 'word' && (LIGHT_VERB_STEMS.has(c.key) || COPULA_STEMS.has(c.key))),
);

/**
 * Whether a folded word is ordinary vocabulary by any of the classes above, or a function word or frequent
 * news word of the language: what stands beside a title that names no one (قال المدير إن …).
 */
export function isOrdinaryWord(key: string, language: NameLanguage): boolean {
  if (isCommonWord(key, language) || isLexiconWord(key, language) || hasMasdarShape(key, language)) return true;
  return language === 'ar' ? hasPronounSuffix(key) : isPersianVerbForm(key);
}

/**
 * Whether a folded word is ordinary vocabulary in an inflected form: a word of the lexicon its stemmer takes
 * back to another word (الخلافات → خلاف, أشاهد → يشاهد, میگوید → گو) beyond the article alone (الحداد →
 * حداد stays a possible family name), an Arabic word with a pronoun suffix, or a Persian verb form. A family
 * name may be a word as written (حداد, نجار) but is no inflected form of one.
 */
export function isInflectedWord(key: string, language: NameLanguage): boolean {
  if (language === 'ar' ? hasPronounSuffix(key) : isPersianVerbForm(key)) return true;
  if (!isLexiconWord(key, language)) return false;
  const stem = bilingualLexicon().stem(key, language);
  return stem !== key && !(language === 'ar' && key.startsWith('ال') && stem === key.slice(2));
}

/**
 * Whether a word has the shape of an Arabic plural of a participle or a verbal noun (in Arabic, or borrowed into
 * Persian): م and a consonant, then ‑ين, ‑ون or ‑ات, six letters or more (متفقین, مهاجرين, مكالمات,
 * مفاوضات). A name of that ending has a vowel letter after its م (مارتین) or fewer letters.
 */
export function hasParticiplePluralShape(key: string, language: NameLanguage): boolean {
  return language === 'ar' ? arabicParticiplePlural(key) : isParticiplePlural(key);
}

const isParticiplePlural = (w: string): boolean =>
  w.length >= 6 && w.startsWith('م') && !'اويى'.includes(elementAt(w, 1)) && /(?:ين|ون|ات)$/u.test(w);
const arabicParticiplePlural = /* @__PURE__ */ memoize((key: string): boolean =>
  arabicStems(key).some(({ stem }) => isParticiplePlural(stem.startsWith('ال') && stem.length >= 8 ? stem.slice(2) : stem)),
);

const PERSIAN_PREPOSITIONS = ['در', 'به', 'بر', 'از'];

/**
 * Persian: whether a word is a preposition written together with a noun the lexicon knows (درعوض, بصورت,
 * بخاطر): a phrase, not a name.
 */
export function isGluedPrepositionalPhrase(key: string): boolean {
  return PERSIAN_PREPOSITIONS.some((p) => key.startsWith(p) && key.length - p.length >= 3 && isLexiconWord(key.slice(p.length), 'fa'));
}
