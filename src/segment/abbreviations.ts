import { normalize } from '../text/normalize.js';

/**
 * Words that a period follows without ending the sentence. Single letters (د. for doctor, initials such
 * as U.S. or ج.م.ع) are recognised without being listed; these are the longer ones. Arabic and Persian
 * entries are folded when loaded, so spelling variants match.
 */
const LATIN = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'eg',
  'ie',
  'inc',
  'ltd',
  'co',
  'corp',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'no',
  'nos',
  'vol',
  'fig',
  'pp',
  'approx',
  'dept',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'rev',
];

// Abbreviations of titles in Persian translations (سین. for Sen.).
const ARABIC_SCRIPT = ['سین'];

// Spelled-out Latin letters, used as initials in Persian and Arabic (تی. مارتین for T. Martin). Letter
// names that are also words a sentence can end with (او, وی, ام, ان, ای, زد, ال, دی) are left out.
const LETTER_NAMES = [
  'بی',
  'سی',
  'جی',
  'اچ',
  'کی',
  'پی',
  'آر',
  'اس',
  'تی',
  'یو',
  'دبلیو',
  'اکس',
  'وای',
  'اف',
  'إس',
  'إف',
  'إل',
  'إم',
  'إن',
  'إكس',
];

/** Letters that mark an era (م, هـ, ش, ق and chains such as ه.ش) and end a sentence when they follow a year: ...عام 1990م. */
const ERA_MARKERS = ['م', 'هـ', 'ه', 'ش', 'ق'];

const fold = (w: string): string => normalize(w, { lowercase: true }).text;

/** The built-in abbreviations, folded. */
export const BUILTIN_ABBREVIATIONS: ReadonlySet<string> = new Set([...LATIN, ...ARABIC_SCRIPT].map(fold));

/**
 * Spelled-out Latin letters, folded. One of them before a period is an initial, unless the word before it
 * is a letter name too: then it ends a spelled acronym (بي بي سي.) and the period may end the sentence.
 */
export const LETTER_NAME_SET: ReadonlySet<string> = new Set(LETTER_NAMES.map(fold));

/** Era markers, folded. */
export const ERA_MARKER_SET: ReadonlySet<string> = new Set(ERA_MARKERS.map(fold));

/** Folds a word the way the abbreviation lists are folded. */
export const foldAbbreviation = fold;
