import { bilingualLexicon } from '../lexicon/bilingual-lexicon.js';
import { vocabulary } from '../names/vocabulary.js';
import { argument, arrayOf, number, options as checkOptions, refuseValue, shape, string } from '../contract/validate.js';
import { detectLanguage, languageOption, type Language, type LanguageTag } from '../text/language.js';
import { foldText } from '../text/normalize.js';
import { eachTokenSpan } from '../text/tokens.js';
import { segment, segmentOptions, type SegmentOptions, type Sentence } from '../segment/segment.js';
import type { BoilerplateRule } from '../model/types.js';
import { elementAt } from '../contract/element-at.js';

/** A unit of text (a sentence or line, as {@link segment} cut it) that belongs to the page, not the report. */
export interface Boilerplate {
  /** Index of the unit among the sentences. */
  readonly sentence: number;
  /** Offset of its first code unit in the text. */
  readonly start: number;
  /** Offset one past its last code unit. */
  readonly end: number;
  /** The unit as written. */
  readonly text: string;
  /** What kind of boilerplate it is. */
  readonly rule: BoilerplateRule;
}

/** Options for {@link findBoilerplate}. */
export interface FindBoilerplateOptions {
  /** The text's sentences, if already cut (they must come from `segment(text)`, with any options). */
  sentences?: readonly Sentence[];
  /** How to cut the text into sentences, when they are not given. */
  segment?: SegmentOptions;
  /** The language of the text (see {@link LanguageTag}); detected when absent. */
  language?: LanguageTag;
}

const INDEX = number({ min: 0, integer: true });
const SENTENCE = shape(
  { text: string, start: INDEX, end: INDEX, paragraph: INDEX, index: INDEX },
  'a sentence as segment() returns it',
  ['text', 'start', 'end', 'paragraph', 'index'],
  true,
);
const BOILERPLATE_OPTIONS = {
  sentences: arrayOf(SENTENCE, 'sentences as segment() returns them'),
  segment: segmentOptions,
  language: languageOption,
};

/** The sentences given are the text's own: each is the slice of the text its span says. */
function ofText(sentences: readonly Sentence[] | undefined, text: string): void {
  sentences?.forEach((s, i) => {
    if (s.end > text.length || s.start > s.end || text.slice(s.start, s.end) !== s.text) {
      const at = { fn: 'findBoilerplate', path: `options.sentences[${i}]`, option: true };
      refuseValue(at, 'a sentence of the text, as segment(text) cuts it (its text at its span)', s.text);
    }
  });
}

/**
 * Phrases of page furniture, in Arabic, Persian and English. `whole`: the unit is the phrase and at most a
 * couple of words more. `label`: the phrase followed by a colon starts a short unit (الصورة: …).
 */
const PHRASES: readonly { readonly rule: BoilerplateRule; readonly form: 'whole' | 'label'; readonly phrases: readonly string[] }[] = [
  {
    rule: 'share',
    form: 'whole',
    phrases: [
      'شارك',
      'شاركها',
      'شارك الخبر',
      'شارك المقال',
      'مشاركة',
      'انشر',
      'share',
      'share this',
      'tweet',
      'اشتراک‌گذاری',
      'به اشتراک بگذارید',
      'هم‌رسانی',
    ],
  },
  {
    rule: 'read-more',
    form: 'whole',
    phrases: [
      'قراءة المزيد',
      'اقرأ المزيد',
      'اقرأ أيضا',
      'اقرأ أيضاً',
      'المزيد من الأخبار',
      'أخبار ذات صلة',
      'مواضيع ذات صلة',
      'مقالات ذات صلة',
      'read more',
      'related',
      'related articles',
      'بیشتر بخوانید',
      'همچنین بخوانید',
      'مطالب مرتبط',
      'اخبار مرتبط',
      'مطالب پیشنهادی',
    ],
  },
  {
    rule: 'navigation',
    form: 'whole',
    phrases: [
      'exit mobile version',
      'mobile version',
      'skip to content',
      'نسخة الجوال',
      'العودة إلى الأعلى',
      'نسخه موبایل',
      'بازگشت به بالا',
    ],
  },
  { rule: 'follow', form: 'whole', phrases: ['تابعونا على', 'تابعنا على', 'اشترك في', 'follow us', 'ما را دنبال کنید', 'عضویت در کانال'] },
  {
    rule: 'credit',
    form: 'whole',
    phrases: ['جميع الحقوق محفوظة', 'كل الحقوق محفوظة', 'کلیه حقوق محفوظ است', 'همه حقوق محفوظ است', 'all rights reserved', 'copyright'],
  },
  {
    rule: 'credit',
    form: 'label',
    phrases: [
      'الصورة',
      'صورة',
      'المصدر',
      'مصدر الصورة',
      'حقوق الصورة',
      'تصوير',
      'عکس',
      'منبع',
      'تصویر',
      'عکس از',
      'photo',
      'source',
      'image',
      'credit',
      'photo credit',
    ],
  },
];

/** More words than the phrase that a `whole` unit may have (شارك هذا الخبر الآن). */
const WHOLE_SLACK = 2;
/** A `label` unit is short: a credit, not a sentence that starts with المصدر. */
const LABEL_MAX_WORDS = 12;
/** A footer line is short. */
const FOOTER_MAX_WORDS = 8;
/** A repeated unit is boilerplate only when it is more than a word or two (a repeated short heading is not)… */
const REPEATED_MIN_WORDS = 3;
/** …and, when it ends like a sentence, only when its copy stands right before it. */
const REPEATED_NEAR = 1;
/**
 * A line without a full stop (a headline) is a page's copy of another only within a page's reach of it; in a long
 * list of headlines or captions, a line that comes back further on is the list's own.
 */
const HEADLINE_NEAR = 40;
/**
 * A page's footer is at most this many units, and never the whole text: a text made only of short lines without
 * a full stop (a list of headlines, captions, subtitles) is its own content, not furniture.
 */
const FOOTER_MAX_UNITS = 40;
/**
 * The stories after a "read more" heading are teasers when fewer than this share of their words occur in
 * the article; a "read more" button that unfolds the rest of the article is followed by the article's own words.
 */
const TEASER_MAX_SHARED = 0.5;

interface Phrase {
  readonly rule: BoilerplateRule;
  readonly form: 'whole' | 'label';
  readonly words: readonly string[];
}

/** The phrases by their first word: a unit is tried against those that start with its own first word. */
let phraseTable: Map<string, Phrase[]> | undefined;

/** A unit's words and numbers (folded, lower-cased), and the places of its colons (after how many words). */
function words(text: string): { words: string[]; colonAfter: number[] } {
  const out: string[] = [];
  const colonAfter: number[] = [];
  const folded = foldText(text);
  // The tokens' spans only: every unit of a long text is read, and an object per token was most of the work.
  eachTokenSpan(folded, (start, end, kind) => {
    if (kind === 'word' || kind === 'number') out.push(lowerCased(folded.slice(start, end)));
    else if (end - start === 1) {
      const c = folded.charCodeAt(start);
      if (c === 0x3a) colonAfter.push(out.length);
      else if (c === 0xa9) out.push('copyright');
    }
  });
  return { words: out, colonAfter };
}

/**
 * `word.toLowerCase()`, without the call for a word of Arabic letters and digits (nearly every word), which has
 * no case: the engine makes a new string for it all the same.
 */
function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x80 && (c < 0x0600 || c > 0x06ff))) return word.toLowerCase();
  }
  return word;
}

function phrasesStartingWith(word: string): readonly Phrase[] {
  if (!phraseTable) {
    phraseTable = new Map();
    for (const p of PHRASES) {
      for (const phrase of p.phrases) {
        const w = words(phrase).words;
        const first = w[0];
        if (first === undefined) continue;
        const list = phraseTable.get(first);
        if (list) list.push({ rule: p.rule, form: p.form, words: w });
        else phraseTable.set(first, [{ rule: p.rule, form: p.form, words: w }]);
      }
    }
  }
  return phraseTable.get(word) ?? [];
}

function startsWith(list: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= list.length && prefix.every((w, i) => list[i] === w);
}

/** The rule a unit matches on its own words, if any. */
function phraseRule(unit: { words: readonly string[]; colonAfter: readonly number[] }): BoilerplateRule | undefined {
  let best: { rule: BoilerplateRule; length: number } | undefined;
  for (const p of phrasesStartingWith(unit.words[0] ?? '')) {
    if (!startsWith(unit.words, p.words)) continue;
    const fits =
      p.form === 'whole'
        ? unit.words.length <= p.words.length + WHOLE_SLACK
        : unit.colonAfter.includes(p.words.length) && unit.words.length <= LABEL_MAX_WORDS;
    if (fits && (!best || p.words.length > best.length)) best = { rule: p.rule, length: p.words.length };
  }
  return best?.rule;
}

const SENTENCE_END = /[.!?؟…]["'»”’)\]]*\s*$/u;

/**
 * Finds the units of a scraped report that belong to the web page rather than to the report: share buttons,
 * "read more" headings and the teasers of other stories after them, photo and source credits, navigation
 * links ("Exit mobile version"), lines the page repeats verbatim (a headline printed twice), and the short
 * lines of the page's footer. A comparison leaves them out: they are neither facts nor omissions.
 *
 * A small list of phrases in Arabic, Persian and English finds the furniture; the structure finds the rest:
 * a unit repeated verbatim, everything after a "read more" heading that shares little with the article, and
 * the short lines without a full stop in the block of furniture at the end.
 *
 * @example
 * ```ts
 * import { findBoilerplate } from 'muqabala';
 *
 * const page = [
 *   'الحكومة تعلن خطة جديدة للنقل العام',
 *   'الحكومة تعلن خطة جديدة للنقل العام',
 *   'أعلنت الحكومة اليوم خطة جديدة لتطوير النقل العام في العاصمة.',
 *   'الصورة: وكالة الأنباء الرسمية',
 *   'شاركها.',
 * ].join('\n');
 * findBoilerplate(page).map((b) => `${b.sentence} ${b.rule}`);
 * // => ['1 repeated', '3 credit', '4 share']
 * ```
 */
export function findBoilerplate(text: string, options?: FindBoilerplateOptions): Boilerplate[] {
  argument('findBoilerplate', 'text', text, string);
  const checked = checkOptions('findBoilerplate', options, BOILERPLATE_OPTIONS);
  ofText(checked.sentences, text);
  return boilerplateIn(text, checked);
}

/** {@link findBoilerplate} without the checks at the door, for the library's own callers (which pass what segment cut). */
export function boilerplateIn(
  text: string,
  options: { sentences?: readonly Sentence[]; segment?: SegmentOptions; language?: Language },
): Boilerplate[] {
  const sentences = options.sentences ?? segment(text, options.segment);
  const units = sentences.map((s) => words(s.text));
  const rules: (BoilerplateRule | undefined)[] = units.map(phraseRule);
  const folded = units.map((u) => u.words);
  // A page prints a headline twice, or a teaser's title above its text: the copy comes right after, or is a
  // line without a full stop near it. A sentence a long text repeats far apart is the text's own.
  const seen = new Map<string, number>();
  folded.forEach((w, i) => {
    if (w.length < REPEATED_MIN_WORDS) return;
    const key = w.join(' ');
    const before = seen.get(key);
    const headline = !SENTENCE_END.test(elementAt(sentences, i).text);
    if (before !== undefined && i - before <= (headline ? HEADLINE_NEAR : REPEATED_NEAR)) rules[i] ??= 'repeated';
    seen.set(key, i);
  });
  const heading = rules.indexOf('read-more');
  if (heading >= 0 && heading < sentences.length - 1) {
    const language = options.language ?? known(detectLanguage(text).language);
    const article = contentWords(
      folded.slice(0, heading).filter((_, i) => rules[i] === undefined),
      language,
    );
    const after = contentWords(folded.slice(heading + 1), language);
    let shared = 0;
    for (const w of after) if (article.has(w)) shared++;
    if (after.size > 0 && shared / after.size < TEASER_MAX_SHARED) {
      for (let i = heading + 1; i < sentences.length; i++) rules[i] ??= 'teasers';
    }
  }
  // The page's footer: the block at the end made of furniture and short lines without a full stop.
  let first = sentences.length;
  let furniture = false;
  while (first > 0) {
    const i = first - 1;
    const s = elementAt(sentences, i);
    const short = elementAt(folded, i).length <= FOOTER_MAX_WORDS && !SENTENCE_END.test(s.text);
    if (rules[i] === undefined && !short) break;
    if (rules[i] !== undefined) furniture = true;
    first = i;
  }
  if (furniture && first > 0 && sentences.length - first <= FOOTER_MAX_UNITS) {
    for (let i = first; i < sentences.length; i++) rules[i] ??= 'footer';
  }
  const out: Boilerplate[] = [];
  rules.forEach((rule, i) => {
    const s = elementAt(sentences, i);
    if (rule) out.push({ sentence: i, start: s.start, end: s.end, text: s.text, rule });
  });
  return out;
}

/** The words of some units that say something: no function words, each reduced to its stem. */
function contentWords(units: readonly (readonly string[])[], language: Language | undefined): Set<string> {
  const stopwords = language ? vocabulary(language).stopwords : undefined;
  const lexicon = bilingualLexicon();
  const out = new Set<string>();
  for (const unit of units) {
    for (const w of unit) {
      if (w.length < 3 || stopwords?.has(w)) continue;
      out.add(language ? lexicon.stem(w, language) : w);
    }
  }
  return out;
}

function known(language: Language | 'unknown'): Language | undefined {
  return language === 'unknown' ? undefined : language;
}
