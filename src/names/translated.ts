import { bilingualLexicon } from '../lexicon/bilingual-lexicon.js';
import { CONSTRUCT_ONLY, HEAD_ECHOES, HEAD_SUFFIXES, KIND_SUFFIXES, nameHeads, type NameHead } from '../lexicon/name-heads.js';
import {
  entityKey,
  languageOfSpelling,
  lookupAdjective,
  lookupEntries,
  lookupKey,
  withoutArticle,
  type GazetteerEntry,
  type NameLanguage,
} from './gazetteer.js';
import { vocabulary } from './vocabulary.js';
import { LANGUAGE_NAMES } from './name-match.js';
import { elementAt } from '../contract/element-at.js';
import { callContext } from './call-context.js';
import { placeQualifier } from './place-qualifiers.js';
import { sharedEpithet } from './epithets.js';
import { isNativeName } from './native-names.js';
import { foldName, lettersOf } from './phonetic.js';
import { memoize } from '../text/memo.js';
import { dariSynonym } from './dari-synonyms.js';
import { bare, englishGlosses, isDictionaryWord } from './lexicon-words.js';

/** A name cut into its generic head (نهر, خبرگزاری) and the rest, as written. */
export interface HeadedName {
  readonly head?: NameHead;
  /** The head as written (نهر, رود, وكالة أنباء). */
  readonly headText: string;
  /** The rest of the name, as written (كارون). */
  readonly rest: string;
}

interface HeadForm {
  readonly words: readonly string[];
  readonly head: NameHead;
  /** The language whose word it is; undefined when both write it alike (حزب, مجلس). */
  readonly language?: NameLanguage;
}

let forms: Map<string, HeadForm[]> | undefined;

/** Head forms by their first folded word, longest first. */
function headForms(): Map<string, HeadForm[]> {
  if (forms) return forms;
  const map = new Map<string, HeadForm[]>();
  for (const head of nameHeads()) {
    for (const form of new Set([...head.ar, ...head.fa])) {
      const language = !head.fa.includes(form) ? 'ar' : !head.ar.includes(form) ? 'fa' : undefined;
      // A Persian compound joined with ZWNJ is written with a space too (ماهواره‌بر, ماهواره بر): both are the head.
      const spellings = form.includes('\u200c') ? [form, form.replaceAll('\u200c', ' ')] : [form];
      for (const spelling of spellings) {
        const words = spelling.split(/\s+/u).map(entityKey);
        const list = map.get(elementAt(words, 0)) ?? [];
        list.push({ words, head, ...(language ? { language } : {}) });
        map.set(elementAt(words, 0), list);
      }
    }
  }
  for (const list of map.values()) list.sort((x, y) => y.words.length - x.words.length);
  forms = map;
  return map;
}

/** Whether a head as written (دریای) is a form of a head of the family given (a river's, in Dari). */
export function isHeadOf(headText: string, family: string): boolean {
  return headsOfFamily(headText, family).length > 0;
}

/**
 * The heads of the family given that a head as written is a form of (Dari بندر: a port, and a border crossing;
 * Arabic مؤسسة: an institute's and a foundation's).
 */
export function headsOfFamily(headText: string, family: string): NameHead[] {
  return headsWritten(headText).filter((h) => h.family === family);
}

/**
 * Every head a head as written is a form of (گذرگاه: a corridor's, a border crossing's), in the language of its
 * letters where they tell it (Arabic بحيرة is a lake, the Dari بحیره a sea).
 */
function headsWritten(headText: string): NameHead[] {
  const keys = writtenWords(headText).map(entityKey);
  const language = languageOfSpelling(headText);
  return (headForms().get(keys[0] ?? '') ?? [])
    .filter((f) => f.words.length === keys.length && f.words.every((w, k) => w === keys[k]))
    .filter((f) => !f.language || !language || f.language === language)
    .map((f) => f.head);
}

/**
 * The head two heads as written share a family in, as the first reads it: its own when the second's word is a
 * form of its family, else the one of a family both words head (Dari بندر and گذرگاه, both a border crossing's).
 */
export function sharedHead(a: HeadedName & { head: NameHead }, b: HeadedName & { head: NameHead }): NameHead | undefined {
  if (a.head.family === b.head.family || isHeadOf(b.headText, a.head.family)) return a.head;
  if (isHeadOf(a.headText, b.head.family)) return b.head;
  const families = new Set(headsWritten(b.headText).map((h) => h.family));
  return headsWritten(a.headText).find((h) => families.has(h.family));
}

/** The written words of a name (split at spaces; ZWNJ joins, as in رشته‌کوه). */
function writtenWords(name: string): string[] {
  return name
    .trim()
    .split(/[\s\u00a0]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Cuts a generic head off the front of a name (نهر كارون → نهر + كارون, البحر الأحمر → البحر + الأحمر), or a
 * news agency's suffix off its end (مهر للأنباء). A name that is nothing but a head has none. Remembered: the
 * comparisons of names cut the same names again and again.
 */
export const splitHead: (name: string) => HeadedName = /* @__PURE__ */ memoize(splitHeadOnce);

function splitHeadOnce(name: string): HeadedName {
  const words = writtenWords(name);
  const keys = words.map(entityKey);
  const index = headForms();
  // A head of one language heads only a name written in it: رود is the Persian river, but in an Arabic name
  // (رود روزنشتاين, Rod Rosenstein) it is a given name.
  const language = languageOfSpelling(name);
  // A town named with a body's head is the town (بندر عباس, Bandar Abbas: the port's word is part of its name).
  let town: boolean | undefined;
  for (const form of index.get(bare(keys[0] ?? '')) ?? index.get(keys[0] ?? '') ?? []) {
    const n = form.words.length;
    if (words.length <= n || (form.language && language && form.language !== language)) continue;
    if (form.head.role === 'institution' && (town ??= lookupEntries(name).some((e) => e.entity.type === 'place'))) continue;
    // Nor by another family's form of the same word (Dari بندر, a port and a border crossing): the town is whole.
    if (town === true) continue;
    // A head written only in the construct state is no head with the article: القاعدة is al-Qaeda, not a base.
    if (CONSTRUCT_ONLY.has(form.head.family) && n === 1 && keys[0] !== form.words[0]) continue;
    if (form.words.every((w, k) => w === keys[k] || w === bare(keys[k] ?? ''))) {
      const rest = words.slice(n);
      // A suffix of the head's own family after the name says the head again: وكالة مهر للأنباء, مهرجان القاهرة السينمائي.
      const lastKey = entityKey(elementAt(rest, rest.length - 1));
      const tail =
        rest.length > 1 &&
        HEAD_ECHOES.some(([w, family]) => (family === form.head.family || family === form.head.kind) && entityKey(w) === lastKey)
          ? rest.slice(0, -1)
          : rest;
      // A university's name with للتكنولوجيا or للعلوم الطبية after it is a university of that kind (جامعة شريف
      // للتكنولوجيا, جامعة تبريز للعلوم الطبية), a complex with الطبي a hospital (مجمع الشفاء الطبي).
      const kind = kindAfter(form.head.kind, tail);
      if (kind)
        return {
          head: kind.head,
          headText: `${words.slice(0, n).join(' ')} … ${tail.slice(-kind.length).join(' ')}`,
          rest: tail.slice(0, -kind.length).join(' '),
        };
      // The suffix that says the head again is shown with it (شبكة … الإعلامية).
      const echo = tail.length < rest.length ? ` … ${elementAt(rest, rest.length - 1)}` : '';
      return { head: form.head, headText: words.slice(0, n).join(' ') + echo, rest: tail.join(' ') };
    }
  }
  const last = keys[keys.length - 1];
  const suffix = words.length > 1 && last ? HEAD_SUFFIXES.find(([w]) => entityKey(w) === last) : undefined;
  // The head of that kind when one is named so (a clinic), else its family's first (a bank).
  const suffixHead = suffix
    ? (nameHeads().find((h) => h.kind === suffix[1]) ?? nameHeads().find((h) => h.family === suffix[1]))
    : undefined;
  if (suffixHead) return { head: suffixHead, headText: elementAt(words, words.length - 1), rest: words.slice(0, -1).join(' ') };
  return joinedSuffix(words) ?? { headText: '', rest: name.trim() };
}

/**
 * A head's suffix that Persian joins to the name's last word with a ZWNJ (ماهان‌ایر, Mahan Air): cut off as a
 * suffix written apart is. Undefined when the last word ends with none.
 */
function joinedSuffix(words: readonly string[]): HeadedName | undefined {
  const last = words[words.length - 1] ?? '';
  const cut = last.lastIndexOf('\u200c');
  if (cut <= 0) return undefined;
  const [stem, tail] = [last.slice(0, cut), entityKey(last.slice(cut + 1))];
  const suffix = HEAD_SUFFIXES.find(([w]) => entityKey(w) === tail);
  const head = suffix && (nameHeads().find((h) => h.kind === suffix[1]) ?? nameHeads().find((h) => h.family === suffix[1]));
  if (!head) return undefined;
  return { head, headText: last.slice(cut + 1), rest: [...words.slice(0, -1), stem].join(' ') };
}

/** How two words of two names were linked. */
export interface WordLink {
  readonly a: string;
  readonly b: string;
  /** The positions of the two words in their names. */
  readonly i: number;
  readonly j: number;
  readonly how: 'spelling' | 'entity' | 'translation' | 'epithet';
  readonly score: number;
  /** A phrase for the explanation ("الصينية and چین both name China (CN)"). */
  readonly phrase: string;
}

/** The result of linking the words of two names that may be translated rather than transliterated. */
export interface WordLinking {
  readonly links: readonly WordLink[];
  /** Content words of either name with no counterpart. */
  readonly unmatchedA: readonly string[];
  readonly unmatchedB: readonly string[];
}

/** Whether each word may carry the Persian ezafe (only a word that another follows: اروپای شرقی). */
export interface Ezafe {
  readonly a: boolean;
  readonly b: boolean;
}

/** Spells two words against each other: a score when they are one name, else undefined. */
export type SpellWords = (a: string, b: string, ezafe: Ezafe) => { score: number; phrase: string } | undefined;

/** The Persian ezafe after a final vowel (اروپای شرقی, آسیای میانه) is no part of the name. */
function withoutEzafe(key: string): string | undefined {
  return key.length > 3 && (key.endsWith('اي') || key.endsWith('وي') || key.endsWith('ای')) ? key.slice(0, -1) : undefined;
}

/** The places and organisations a folded word names or is the adjective of (الصينية, چین, کردستانی). */
function entitiesOf(key: string, language: NameLanguage | undefined): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const push = (e: GazetteerEntry | undefined): void => {
    if (e && !out.includes(e)) out.push(e);
  };
  for (const k of [key, bare(key), withoutEzafe(key)]) {
    if (!k) continue;
    for (const e of lookupKey(k, language)) push(e);
    push(lookupAdjective(k, language));
    // The nisba of a region or a city (الكردستاني, الأفغانية): the name before ي or ية.
    for (const ending of ['يه', 'ي']) {
      if (k.length > ending.length + 3 && k.endsWith(ending)) for (const e of lookupKey(k.slice(0, -ending.length), language)) push(e);
    }
  }
  return out;
}

/**
 * Whether one of two folded words of one language is the other with the nisba ending ي or ية (الرياض / الرياضية):
 * within a language the adjective is another word (sports, not Riyadh), though across the two it may translate the
 * name (الأفغانية / افغانستان).
 */
function nisbaOf(x: string, y: string): boolean {
  const strip = (k: string): string => (k.startsWith('ال') && k.length > 4 ? k.slice(2) : k);
  const [p, q] = [strip(x), strip(y)];
  return ['ي', 'يه', 'ية'].some((e) => p + e === q || q + e === p);
}

/**
 * Words a name's translation adds or drops without naming anything: conjunctions, prepositions, the son of a
 * patronymic chain (وزارة الشؤون الخارجية / وزارت امور خارجه, وزارة التعليم والتربية); the general of a body
 * (الهيئة العامة للاستثمار / سازمان سرمایه‌گذاری) and the press of an agency (فرانس برس), which translations drop.
 * Not every word of the languages' stopword lists: those hold names and words that make a name another one (امين,
 * صباح, عين, الثاني, المان, قوه), which a name may not gain or lose unread (محمد / محمد امين are two people). Not على
 * (on), which folds to the given name علي.
 */
const NAME_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'و في فی من الى الي عن لل ل ب ف منها اجل از در به برای با را که تا برابر امور مردم العامة العام عامة عام برس of'
    .split(' ')
    .map((w) => entityKey(w)),
);

function isFunctionWord(key: string, language: NameLanguage | undefined): boolean {
  // A word that makes another place (جدید, new, in Persian's stopword list) is never left over unread: مشهد جدید is
  // not مشهد.
  if (placeQualifier([key]) || !NAME_FUNCTION_WORDS.has(key)) return false;
  const languages: NameLanguage[] = language ? [language] : ['ar', 'fa'];
  // Only a real article comes off: الله, a part of many names (رام الله, نصر الله), is no ال before له ("to him").
  const withoutIt = withoutArticle(key);
  return languages.some((l) => vocabulary(l).stopwords.has(key) || (withoutIt !== undefined && vocabulary(l).stopwords.has(withoutIt)));
}

/** The concepts of each word of a name in the bilingual lexicon, phrases included (امور خارجه). */
function conceptsOf(keys: readonly string[], language: NameLanguage | undefined): (readonly number[])[] {
  const lexicon = bilingualLexicon();
  // The stemmer keeps one reading of a word; in a name the article is the likelier affix than a final ي
  // (الشعبي is the adjective شعبي, not الشعب + ي), so the article-less word's concepts count too.
  const arabic = (): (readonly number[])[] =>
    lexicon.arabicSentence(keys).map((c, i) => {
      const key = elementAt(keys, i);
      return key.startsWith('ال') && key.length > 4 ? [...c, ...lexicon.arabicKeys(key.slice(2))] : c;
    });
  if (language === 'ar') return arabic();
  if (language === 'fa') return lexicon.persianSentence(keys);
  const ar = arabic();
  const fa = lexicon.persianSentence(keys);
  return keys.map((_, i) => [...(ar[i] ?? []), ...(fa[i] ?? [])]);
}

/**
 * Links the words of two names in any order: one spelling of one name (by `spell`), one place or
 * organisation (الصينية / چین), or, with `translate`, one meaning in the bilingual lexicon (الشعب / مردم).
 * Function words (و, في, از) need no counterpart.
 */
export function linkWords(
  a: string,
  b: string,
  languages: readonly [NameLanguage | undefined, NameLanguage | undefined],
  spell: SpellWords,
  translate: boolean,
): WordLinking {
  const wa = writtenWords(a);
  const wb = writtenWords(b);
  const ka = wa.map(entityKey);
  const kb = wb.map(entityKey);
  const [la, lb] = languages;
  // `wide`: a link of two written words on one side (the first at i or j) to one on the other.
  type Candidate = { i: number; j: number; link: WordLink; wide?: 'a' | 'b' };
  const candidates: Candidate[] = [];
  const ea = ka.map((k) => entitiesOf(k, la));
  const eb = kb.map((k) => entitiesOf(k, lb));
  for (let i = 0; i < wa.length; i++) {
    for (let j = 0; j < wb.length; j++) {
      const x = elementAt(wa, i);
      const y = elementAt(wb, j);
      // Only a word that another follows can carry the ezafe (اروپای شرقی).
      const ezafe = { a: i < wa.length - 1, b: j < wb.length - 1 };
      const spelled = spell(x, y, ezafe) ?? (la !== lb ? acrossLanguages(x, y, la, spell, ezafe) : undefined);
      if (spelled) candidates.push({ i, j, link: { a: x, b: y, i, j, how: 'spelling', score: spelled.score, phrase: spelled.phrase } });
      const shared = elementAt(ea, i).find((e) => elementAt(eb, j).includes(e));
      // Within one language: the letters of the words say so, or those of the whole names compared (callContext).
      const oneLanguage = (la && la === lb) || (callContext.inCall && callContext.oneLanguage);
      if (shared && !(oneLanguage && nisbaOf(elementAt(ka, i), elementAt(kb, j))))
        candidates.push({
          i,
          j,
          link: {
            a: x,
            b: y,
            i,
            j,
            how: 'entity',
            score: 1,
            phrase: `${x} and ${y} both name ${shared.entity.name} (${shared.entity.id})`,
          },
        });
    }
  }
  const ca = translate ? conceptsOf(ka, la) : [];
  const cb = translate ? conceptsOf(kb, lb) : [];
  if (translate) {
    for (let i = 0; i < wa.length; i++) {
      for (let j = 0; j < wb.length; j++) {
        if ((ca[i] ?? []).some((c) => (cb[j] ?? []).includes(c))) {
          const x = elementAt(wa, i);
          const y = elementAt(wb, j);
          // Within one language the lexicon links two words for one thing (شرقی / خاوری): no translation.
          const phrase = la && la === lb ? `${x} and ${y} are two ${LANGUAGE_NAMES[la]} words for one thing` : `${x} is translated ${y}`;
          candidates.push({ i, j, link: { a: x, b: y, i, j, how: 'translation', score: 0.9, phrase } });
        }
      }
    }
  }
  // A Dari word and the Iranian word for one thing (شفاخانه / بیمارستان), which the phrase names as such.
  if (translate && la !== 'ar' && lb !== 'ar') {
    for (let i = 0; i < wa.length; i++) {
      for (let j = 0; j < wb.length; j++) {
        const [x, y] = [elementAt(wa, i), elementAt(wb, j)];
        const phrase = dariSynonym(x, y);
        if (phrase) candidates.push({ i, j, link: { a: x, b: y, i, j, how: 'translation', score: 0.95, phrase } });
      }
    }
  }
  // A ruler's epithet said in each language's words (العظيمة / کبیر: the Great), only as a name's last word and
  // only after a name that is not a native Arabic or Persian one (كاترين, إيفان): after احمد the words are surnames
  // (احمد دادگر).
  const foreignFirst = (w: string | undefined): boolean => w !== undefined && !isNativeName(lettersOf(foldName(w)));
  if (translate && la !== lb && foreignFirst(wa[0]) && foreignFirst(wb[0])) {
    const [ia, jb] = [wa.length - 1, wb.length - 1];
    const epithet = ia > 0 && jb > 0 ? sharedEpithet(elementAt(wa, ia), elementAt(wb, jb)) : undefined;
    if (epithet) {
      const [x, y] = [elementAt(wa, ia), elementAt(wb, jb)];
      candidates.push({
        i: ia,
        j: jb,
        link: { a: x, b: y, i: ia, j: jb, how: 'epithet', score: 0.95, phrase: `${x} and ${y} are one epithet (${epithet})` },
      });
    }
  }
  // Across the two languages, words the English word list gives one English word for (الأولمبية / المپیک: Olympic).
  if (translate && la && lb && la !== lb) {
    for (let i = 0; i < wa.length; i++) {
      const ga = englishGlosses(elementAt(ka, i));
      if (ga.length === 0) continue;
      for (let j = 0; j < wb.length; j++) {
        const gloss = englishGlosses(elementAt(kb, j)).find((g) => ga.includes(g));
        // One word in the letters of both (العربية / العربی) is a name kept, not translated: its spelling decides.
        if (!gloss || stemOf(elementAt(ka, i)) === stemOf(elementAt(kb, j))) continue;
        const [x, y] = [elementAt(wa, i), elementAt(wb, j)];
        candidates.push({ i, j, link: { a: x, b: y, i, j, how: 'translation', score: 0.9, phrase: `${x} is translated ${y} (${gloss})` } });
      }
    }
  }
  for (const c of joinedCompounds(wa, wb, spell)) candidates.push(c);
  // Best first; at one score a compound read whole before its words one by one.
  candidates.sort((x, y) => y.link.score - x.link.score || Number(!!y.wide) - Number(!!x.wide) || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const links: { i: number; j: number; link: WordLink }[] = [];
  for (const c of candidates) {
    const [ia, jb] = [c.wide === 'a' ? [c.i, c.i + 1] : [c.i], c.wide === 'b' ? [c.j, c.j + 1] : [c.j]];
    if (ia.some((k) => usedA.has(k)) || jb.some((k) => usedB.has(k))) continue;
    for (const k of ia) usedA.add(k);
    for (const k of jb) usedB.add(k);
    links.push({ i: c.i, j: c.j, link: c.link });
  }
  // A phrase translated by one word (امور خارجه / الخارجية): the other words of the phrase carry the
  // concept that the translation link shares.
  const shared = links
    .filter((l) => l.link.how === 'translation')
    .map((l) => ({ i: l.i, j: l.j, concepts: (ca[l.i] ?? []).filter((c) => (cb[l.j] ?? []).includes(c)) }));
  // A place named by two words on one side and one on the other (عربستان سعودی / السعودية): the second word
  // names the entity the link already shares.
  const named = new Set(
    links
      .flatMap((l) => (l.link.how === 'entity' ? elementAt(ea, l.i).filter((e) => elementAt(eb, l.j).includes(e)) : []))
      .map((e) => e.entity.id),
  );
  const coveredA = (k: number): boolean =>
    shared.some((l) => l.i !== k && l.concepts.some((c) => (ca[k] ?? []).includes(c))) ||
    elementAt(ea, k).some((e) => named.has(e.entity.id));
  const coveredB = (k: number): boolean =>
    shared.some((l) => l.j !== k && l.concepts.some((c) => (cb[k] ?? []).includes(c))) ||
    elementAt(eb, k).some((e) => named.has(e.entity.id));
  const unmatchedA = wa.filter((_, i) => !usedA.has(i) && !isFunctionWord(elementAt(ka, i), la) && !coveredA(i));
  const unmatchedB = wb.filter((_, j) => !usedB.has(j) && !isFunctionWord(elementAt(kb, j), lb) && !coveredB(j));
  return { links: links.sort((x, y) => x.i - y.i).map((l) => l.link), unmatchedA, unmatchedB };
}

/** A digit of any script. */
const DIGIT = /\p{Nd}/u;

/**
 * Two written words of one name spelled against one of the other: a compound one language writes as one word and the
 * other in two (دیرالزور / دير الزور, اهل‌بیت / أهل البيت, گل‌گهر / كل كهر), each link as wide on its two-word side.
 */
function joinedCompounds(
  wa: readonly string[],
  wb: readonly string[],
  spell: SpellWords,
): { i: number; j: number; link: WordLink; wide: 'a' | 'b' }[] {
  const out: { i: number; j: number; link: WordLink; wide: 'a' | 'b' }[] = [];
  for (const [two, one, wide] of [
    [wa, wb, 'a'],
    [wb, wa, 'b'],
  ] as const) {
    for (let p = 0; p + 1 < two.length; p++) {
      // Letters only: a number is no part of a compound (آسیا ۲ is another cup than آسيا's).
      if (DIGIT.test(elementAt(two, p)) || DIGIT.test(elementAt(two, p + 1))) continue;
      const joined = `${elementAt(two, p)} ${elementAt(two, p + 1)}`;
      for (let q = 0; q < one.length; q++) {
        const single = elementAt(one, q);
        if (DIGIT.test(single)) continue;
        const ezafe = wide === 'a' ? { a: p + 2 < two.length, b: q + 1 < one.length } : { a: q + 1 < one.length, b: p + 2 < two.length };
        const spelled = wide === 'a' ? spell(joined, single, ezafe) : spell(single, joined, ezafe);
        if (!spelled) continue;
        const [i, j, x, y] = wide === 'a' ? [p, q, joined, single] : [q, p, single, joined];
        out.push({ i, j, wide, link: { a: x, b: y, i, j, how: 'spelling', score: spelled.score, phrase: spelled.phrase } });
      }
    }
  }
  return out;
}

/** An Arabic adjective's feminine ending (العباسية), which Persian, without gender, does not write (عباسی). */
const FEMININE_NISBA = /ي[ةه]$/u;

/**
 * Two words of two languages that are one adjective, the Arabic in the feminine (العتبة العباسية / آستان عباسی):
 * spelled without the Arabic ة.
 */
function feminineAdjective(x: string, y: string, spell: SpellWords, ezafe: Ezafe): ReturnType<SpellWords> {
  const [arabic, persian] = FEMININE_NISBA.test(x) ? [x, y] : FEMININE_NISBA.test(y) ? [y, x] : [];
  // A Persian word with the Arabic article is a name kept as Arabic writes it (شبکه العربی, Al Araby), no adjective.
  if (!arabic || !persian || FEMININE_NISBA.test(persian) || !/[يی]$/u.test(persian) || /^[اأ]ل/u.test(persian)) return undefined;
  const spelled = spellRewritten(x, y, arabic, arabic.replace(FEMININE_NISBA, 'ي'), spell, ezafe);
  return spelled && { score: spelled.score, phrase: `${x} and ${y} are one adjective, the Arabic's feminine ة not written in Persian` };
}

/** Spells `x` against `y` with the Arabic one of them (`arabic`) rewritten, in the pair's own order. */
function spellRewritten(x: string, y: string, arabic: string, rewritten: string, spell: SpellWords, ezafe: Ezafe): ReturnType<SpellWords> {
  return arabic === x ? spell(rewritten, y, ezafe) : spell(x, rewritten, ezafe);
}

/** How a word of an Arabic name and one of a Persian name may be one though spelled apart: see each function. */
function acrossLanguages(x: string, y: string, la: NameLanguage | undefined, spell: SpellWords, ezafe: Ezafe): ReturnType<SpellWords> {
  return feminineAdjective(x, y, spell, ezafe) ?? adjectiveOfNoun(x, y, la, spell, ezafe) ?? afterConjunction(x, y, spell, ezafe);
}

/**
 * An Arabic adjective with the article (الفدرالي) against the Persian word a name keeps as the noun (فدرال, as in
 * مؤسسه فدرال): spelled without the adjective's ي.
 */
function adjectiveOfNoun(x: string, y: string, la: NameLanguage | undefined, spell: SpellWords, ezafe: Ezafe): ReturnType<SpellWords> {
  const [arabic, persian] = la === 'ar' ? [x, y] : [y, x];
  // Only an ordinary word (فدرال, federal): a family's or a house's name and its nisba are two names (قاجار / القاجاري).
  const key = entityKey(persian);
  if (!/^ال.{3,}ي$/u.test(arabic) || /[يی]$/u.test(persian) || !(isDictionaryWord(key, 'fa') || englishGlosses(key).length > 0))
    return undefined;
  const spelled = spellRewritten(x, y, arabic, arabic.slice(0, -1), spell, ezafe);
  return spelled && { score: spelled.score, phrase: `${arabic} is the Arabic adjective of the Persian noun ${persian}` };
}

/**
 * An Arabic word of a name with the conjunction و glued before its article (والرفاه in العدالة والرفاه) against the
 * Persian word, which writes و apart: spelled without it.
 */
function afterConjunction(x: string, y: string, spell: SpellWords, ezafe: Ezafe): ReturnType<SpellWords> {
  const glued = (w: string): boolean => /^وال/u.test(w) && w.length > 5;
  const arabic = glued(x) ? x : glued(y) ? y : undefined;
  if (!arabic) return undefined;
  const spelled = spellRewritten(x, y, arabic, arabic.slice(1), spell, ezafe);
  return spelled && { score: spelled.score, phrase: `${x} is spelled ${y} (the conjunction و glued to the Arabic word)` };
}

/** A folded word without the article and an adjective's or a feminine ending (العربية, عربی → عرب). */
function stemOf(key: string): string {
  return bare(key).replace(/(?:يه|ي|ه)$/u, '');
}

/** The kind a headed name says by the words after it (للتكنولوجيا, للعلوم الطبية, الطبي), and how many words say it. */
function kindAfter(headKind: string, tail: readonly string[]): { readonly head: NameHead; readonly length: number } | undefined {
  for (const [of, suffix, kind] of KIND_SUFFIXES) {
    if (of !== headKind) continue;
    const said = suffix.split(' ').map(entityKey);
    if (tail.length <= said.length || !said.every((w, k) => w === entityKey(elementAt(tail, tail.length - said.length + k)))) continue;
    const head = nameHeads().find((h) => h.kind === kind);
    if (head) return { head, length: said.length };
  }
  return undefined;
}
