import { ARABIC_NEWS_WORDS, PERSIAN_NEWS_WORDS } from '../lexicon/common-words/news.js';
import { ARABIC_STOPWORDS, PERSIAN_STOPWORDS } from '../lexicon/common-words/stopwords.generated.js';
import { FOREIGN_GIVEN_NAMES, NATIVE_NAMES, THEOPHORIC_NAMES } from '../lexicon/given-names.js';
import {
  ARABIC_SPEECH_VERBS,
  ARABIC_TITLES,
  ARABIC_VERB_PARTICLES,
  NAME_PARTICLES,
  NAME_SUFFIX_WORDS,
  SECOND_PARTICLES,
  ORGANIZATION_HEADS,
  PERSIAN_SPEECH_VERBS,
  PERSIAN_TITLE_COMPLEMENTS,
  PERSIAN_TITLES,
  SURNAME_ENDINGS,
} from '../lexicon/titles.js';
import { entityKey, type NameLanguage } from './gazetteer.js';
import { elementAt } from '../contract/element-at.js';

/** The word lists {@link findNames} reads a language with, folded to lookup keys. */
export interface Vocabulary {
  readonly stopwords: ReadonlySet<string>;
  readonly common: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  /** Persian words of office between a title and the name (امور, خارجه, خود). */
  readonly titleComplements: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  /** Arabic words a verb follows, never a name (قد, لم, التي): a given name after them is a verb form. */
  readonly verbParticles: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  /** Particles only after another particle (در in فون در لاین). */
  readonly secondParticles: ReadonlySet<string>;
  /** Words that end a compound name part: الدين, الله. */
  readonly nameSuffixes: ReadonlySet<string>;
  readonly organizationHeads: ReadonlySet<string>;
  /** Given names of one word. */
  readonly givenNames: ReadonlySet<string>;
  /** Given names that are also adjectives (names of God: قادر, باطن): a name starts at one only before another given name. */
  readonly theophoricNames: ReadonlySet<string>;
  /** Given names of several words, by their first word (إمام علي, قاسم جومارت). */
  readonly compoundGivenNames: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly surnameEndings: readonly string[];
}

function keys(list: string): Set<string> {
  const out = new Set<string>();
  for (const w of list.split(/\s+/u)) {
    const k = entityKey(w);
    if (k) out.add(k);
  }
  return out;
}

let cache: Record<NameLanguage, Vocabulary> | undefined;

function build(language: NameLanguage): Vocabulary {
  const givenNames = keys(NATIVE_NAMES);
  const compoundGivenNames = new Map<string, string[][]>();
  for (const row of FOREIGN_GIVEN_NAMES) {
    const [arabic = '', persian = ''] = row.split('|');
    for (const name of [...arabic.split('/'), ...persian.split('/')]) {
      const words = name
        .split(/\s+/u)
        .map(entityKey)
        .filter((w) => w.length > 0);
      if (words.length === 1) givenNames.add(elementAt(words, 0));
      else if (words.length > 1) {
        const first = elementAt(words, 0);
        compoundGivenNames.set(first, [...(compoundGivenNames.get(first) ?? []), words]);
        givenNames.add(words.join(''));
      }
    }
  }
  const stopwords = keys(language === 'ar' ? ARABIC_STOPWORDS : PERSIAN_STOPWORDS);
  return {
    stopwords,
    common: keys(language === 'ar' ? ARABIC_NEWS_WORDS : PERSIAN_NEWS_WORDS),
    titles: keys(language === 'ar' ? ARABIC_TITLES : PERSIAN_TITLES),
    titleComplements: keys(language === 'ar' ? '' : PERSIAN_TITLE_COMPLEMENTS),
    speechVerbs: keys(language === 'ar' ? ARABIC_SPEECH_VERBS : PERSIAN_SPEECH_VERBS),
    verbParticles: keys(language === 'ar' ? ARABIC_VERB_PARTICLES : ''),
    particles: keys(NAME_PARTICLES),
    secondParticles: keys(SECOND_PARTICLES),
    nameSuffixes: keys(NAME_SUFFIX_WORDS),
    organizationHeads: keys(ORGANIZATION_HEADS),
    givenNames,
    theophoricNames: keys(THEOPHORIC_NAMES),
    compoundGivenNames,
    surnameEndings: [...keys(SURNAME_ENDINGS)],
  };
}

/** The folded word lists for a language, built on first use. */
export function vocabulary(language: NameLanguage): Vocabulary {
  cache ??= { ar: build('ar'), fa: build('fa') };
  return cache[language];
}

const ARABIC_SUFFIXES = ['ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'يه', 'ه', 'ي', 'ا'];
const PERSIAN_SUFFIXES = ['هايي', 'هاي', 'ها', 'اي', 'ان', 'ي'];

/**
 * Arabic readings of a word without its proclitics: و ف ب ل ك, and ل + article (للمنظمة, read المنظمة).
 * Each reading keeps the number of letters of the written word that precede the stem's own letters
 * (2 for للمنظمة: the stem's span starts at منظمة, since the article's alef is not written).
 */
export function arabicStems(word: string): { stem: string; prefix: number }[] {
  const out: { stem: string; prefix: number }[] = [{ stem: word, prefix: 0 }];
  let rest = word;
  let taken = 0;
  if (rest.length > 3 && (rest[0] === 'و' || rest[0] === 'ف')) {
    rest = rest.slice(1);
    taken = 1;
    out.push({ stem: rest, prefix: taken });
  }
  if (rest.startsWith('لل') && rest.length > 4) out.push({ stem: 'ال' + rest.slice(2), prefix: taken + 2 });
  else if (rest.length > 3 && (rest[0] === 'ب' || rest[0] === 'ل' || rest[0] === 'ك')) out.push({ stem: rest.slice(1), prefix: taken + 1 });
  return out;
}

/** Whether a folded word is an ordinary word of the language (function word or frequent news word, inflected or not). */
export function isCommonWord(word: string, language: NameLanguage): boolean {
  const v = vocabulary(language);
  const forms = language === 'ar' ? arabicStems(word) : [{ stem: word, prefix: 0 }];
  for (const { stem: form, prefix } of forms) {
    const bare = language === 'ar' && form.startsWith('ال') && form.length > 3 ? form.slice(2) : form;
    // A preposition before a function word reads too much into short names: لاين is not ل + أين.
    const functionWord = prefix === 0 || (prefix === 1 && (word[0] === 'و' || word[0] === 'ف'));
    for (const f of form === bare ? [form] : [form, bare]) {
      if ((functionWord && v.stopwords.has(f)) || v.common.has(f) || v.titles.has(f) || v.speechVerbs.has(f) || v.organizationHeads.has(f))
        return true;
      for (const suffix of language === 'ar' ? ARABIC_SUFFIXES : PERSIAN_SUFFIXES) {
        if (f.length > suffix.length + 2 && f.endsWith(suffix)) {
          const stem = f.slice(0, -suffix.length);
          // Arabic ة is written ت before a suffix: وزارتا is وزارة.
          const stems = language === 'ar' && stem.endsWith('ت') ? [stem, stem.slice(0, -1) + 'ه'] : [stem];
          if (stems.some((x) => v.common.has(x) || v.titles.has(x) || v.organizationHeads.has(x))) return true;
        }
      }
    }
  }
  return false;
}
