// The plain-words reasons of a match against the gazetteer: which spelling convention each language follows
// and how two listed names of one place differ.

import type { PlaceName } from '../lexicon/places.js';
import { compareSpellings } from './spellings.js';
import {
  type GazetteerEntry,
  withoutArticle,
  isLatinName,
  entityKey,
  languageOfSpelling,
  type KnownEntity,
  stateFormOf,
} from './gazetteer.js';
import { DEFAULT_NAME_THRESHOLD, LANGUAGE_NAMES } from './name-match.js';
import { splitHead } from './translated.js';

/** An entity as a message names it: its English name and its id, once (Ansar Allah (Houthis), not … (Houthis) (Houthis)). */
export function describeEntity(entity: KnownEntity): string {
  return entity.name.endsWith(`(${entity.id})`) ? entity.name : `${entity.name} (${entity.id})`;
}
/** The form of one name of an entry: standard, Dari, historical, newsroom, or Latin script. */
export function formOf(name: string, entry: GazetteerEntry): PlaceName | 'latin' | undefined {
  if (isLatinName(name)) return 'latin';
  const matching = namesMatching(name, entry);
  // Letters fold alike across the languages (سورية, سوریه): the name as written, else one in its language, tells.
  const language = languageOfSpelling(name);
  return matching.find((n) => n.text === name.trim()) ?? matching.find((n) => n.language === language) ?? matching[0];
}
/** The names of an entry that a spelling writes, the article aside. */
function namesMatching(name: string, entry: GazetteerEntry): PlaceName[] {
  const key = entityKey(name);
  return entry.names.filter((n) => {
    const k = entityKey(n.text);
    return k === key || withoutArticle(k) === key || k === withoutArticle(key);
  });
}

/**
 * The languages whose name of an entry a spelling is, in words: Arabic, Persian, or both when the two write it alike
 * (هرات, رفح), the spelling's own letters first when they say its language (داعش is both, سوریه Persian only).
 */
function languagesWriting(name: string, entry: GazetteerEntry): string {
  const own = languageOfSpelling(name);
  const languages = new Set(namesMatching(name, entry).map((n) => n.language));
  if (own && languages.has(own)) return LANGUAGE_NAMES[own];
  if (languages.size > 1) return `${LANGUAGE_NAMES.ar} and ${LANGUAGE_NAMES.fa}`;
  const only = [...languages][0];
  return only ? LANGUAGE_NAMES[only] : 'Arabic-script';
}

/**
 * Why two names of one place or organisation differ: each language's name, the Dari form, an old name — and,
 * when the two are one name spelled two ways, the convention that links the letters (غ and ج both write g).
 */

export function describeConvention(a: string, b: string, entry: GazetteerEntry): string {
  const why = describeNames(a, b, entry);
  if (isLatinName(a) || isLatinName(b)) return why;
  const letters = compareSpellings(a, b, DEFAULT_NAME_THRESHOLD);
  if (!letters.same || letters.reason.kind !== 'transliteration') return why;
  const how = letters.reason.detail.replace(/^The same name transliterated two ways: /u, '');
  return `${why.replace(/(: each language (?:spells it its own way|names it in its own words|translates its head and spells the rest its own way))?\.$/u, '')}: ${how}`;
}
export function describeNames(a: string, b: string, entry: GazetteerEntry): string {
  const e = describeEntity(entry.entity);
  // A country named with its state's form before it (جمهورية فانواتو / فانواتو): the form is what differs.
  const [formA, formB] = [stateFormOf(a), stateFormOf(b)];
  if ((formA === undefined) !== (formB === undefined)) {
    const [withForm, form, other] = formA ? [a, formA, b] : [b, formB, a];
    return `${withForm.trim()} names ${e} with the form of its state (${form}) before the country's name, which ${other.trim()} leaves out.`;
  }
  const fa = formOf(a, entry);
  const fb = formOf(b, entry);
  if (fa === 'latin' || fb === 'latin') {
    const [latin, other, form] = fa === 'latin' ? [a, b, fb] : [b, a, fa];
    return form === 'latin'
      ? `${a} and ${b} are two Latin-script names of ${e}.`
      : `${latin} is the Latin-script name of ${e}; ${other} its ${form ? languagesWriting(other, entry) : 'Arabic-script'} name.`;
  }
  if (!fa || !fb) return `${a} and ${b} are two conventional names of ${e}.`;
  if (fa.form === 'historical' || fb.form === 'historical') {
    if (fa.form === fb.form) return `${a} and ${b} are two old names of ${e}.`;
    const [old, current, oldForm] = fa.form === 'historical' ? [a, b, fa] : [b, a, fb];
    // The hand list's word on the old name (Frunze in 1926–1991), which says when or by whom it was used.
    const why = oldForm.reason ? ` — ${oldForm.reason}` : '';
    return `${old} is an old name of ${e}${why}; ${current} is its current name.`;
  }
  if (fa.form === 'local' || fb.form === 'local') {
    if (fa.form === fb.form) return `${a} and ${b} are two spellings of the local name of ${e}.`;
    const [local, other] = fa.form === 'local' ? [a, b] : [b, a];
    return `${local} is the name of ${e} in its own language, which some newsrooms write; ${other} is the ${fa.form === 'local' ? LANGUAGE_NAMES[fb.language] : LANGUAGE_NAMES[fa.language]} one.`;
  }
  if (fa.form === 'dari' || fb.form === 'dari') {
    if (fa.form === fb.form) return `${a} and ${b} are two Dari forms of the name of ${e}.`;
    const [dari, other, otherForm] = fa.form === 'dari' ? [a, b, fb] : [b, a, fa];
    return `${dari} is the Dari form of the name of ${e}; ${other} is the ${otherForm.language === 'fa' ? 'Iranian Persian' : 'Arabic'} one.`;
  }
  if (fa.language !== fb.language) {
    const [arabic, persian] = fa.language === 'ar' ? [a, b] : [b, a];
    // One name spelled by each language's habits (فنلندا / فنلاند, سنغافورة / سنگاپور), its head translated (نهر أوب /
    // رود اوب), or a name each language says in its own words (مجلس الأمن / شورای امنیت): the consonants tell.
    const [ha, hb] = [splitHead(arabic), splitHead(persian)];
    const headed = ha.head !== undefined && hb.head !== undefined && ha.rest !== '' && hb.rest !== '';
    const own = !shareConsonants(headed ? ha.rest : arabic, headed ? hb.rest : persian)
      ? 'each language names it in its own words'
      : headed
        ? 'each language translates its head and spells the rest its own way'
        : 'each language spells it its own way';
    return `${arabic} is the Arabic and ${persian} the Persian name of ${e}: ${own}.`;
  }
  return `${a} and ${b} are two ${LANGUAGE_NAMES[fa.language]} names of ${e}.`;
}

/** Letters that write vowels, hamza seats and the article's alef: left out of a name's consonants. */
const NOT_CONSONANTS = /[اآأإءئؤويیىةه\s‌]/gu;
/**
 * Letters one language writes for another's, by the letter their class is named after: g (گ ق ج ژ for غ), k (ک for ك),
 * p (پ for ب), ch (چ for ش), t (ط for ت), s (ص ث for س), z (ض ظ ذ for ز), h (ح for خ). Finer than the neighbourhoods of
 * sound-classes.ts, whose bag count says only whether two words may be alike: here the consonants' order tells a name
 * spelled two ways (فنلندا / فنلاند) from one said in other words (الحوثيون / انصارالله).
 */
const CONSONANT_CLASSES: Readonly<Record<string, string>> = {
  گ: 'غ',
  ق: 'غ',
  ج: 'غ',
  ک: 'ك',
  پ: 'ب',
  ژ: 'ج',
  چ: 'ش',
  ط: 'ت',
  ص: 'س',
  ث: 'س',
  ض: 'ز',
  ظ: 'ز',
  ذ: 'ز',
  ح: 'خ',
};

/** A name's consonants, folded into the classes two spellings of one name share. */
function consonants(name: string): string {
  return [...entityKey(name).replace(/^ال/u, '').replace(NOT_CONSONANTS, '')].map((c) => CONSONANT_CLASSES[c] ?? c).join('');
}

/** Whether two names share most of their consonants in order (a longest common subsequence of at least 60%). */
function shareConsonants(a: string, b: string): boolean {
  const [x, y] = [consonants(a), consonants(b)];
  if (!x || !y) return false;
  let row = new Array<number>(y.length + 1).fill(0);
  for (const cx of x) {
    const next = new Array<number>(y.length + 1).fill(0);
    for (let j = 0; j < y.length; j++) next[j + 1] = cx === y[j] ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0);
    row = next;
  }
  return (row[y.length] ?? 0) / Math.max(x.length, y.length) >= 0.6;
}
