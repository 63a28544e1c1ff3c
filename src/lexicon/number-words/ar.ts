import { normalize } from '../../text/normalize.js';
import { PhraseTable } from '../phrases.js';
import { decimal } from './decimal.js';
import { readNumberWords, wordAt, type NumberWordGrammar, type NumberWordRules, type ScaleWord, type SmallNumber } from './grammar.js';
import { elementAt } from '../../contract/element-at.js';

/** How {@link arabicNumbers}.spell writes a number: the gender of the counted noun, the case, the spelling of مائة. */
export interface ArabicSpellOptions {
  /** `masculine` (ثلاثة، أحد عشر، واحد وعشرون, the default) or `feminine` (ثلاث، إحدى عشرة، إحدى وعشرون). */
  gender?: 'masculine' | 'feminine';
  /** `nominative` (اثنان، عشرون، مائتان, the default) or `accusative` / genitive (اثنين، عشرين، مائتين). */
  case?: 'nominative' | 'accusative';
  /** `مائة` (the default) or `مئة`. */
  hundred?: 'مائة' | 'مئة';
  /** Write 300–900 as two words (ثلاث مائة) instead of one (ثلاثمائة). */
  hundredsApart?: boolean;
}

type Atom =
  | { kind: 'zero' }
  | { kind: 'unit'; value: number } // 1–9
  | { kind: 'teen-head'; value: 1 | 2 } // أحد, إحدى, اثنا, اثني … before عشر
  | { kind: 'ten' } // عشرة, عشر
  | { kind: 'tens'; value: number; definite?: true } // عشرون … تسعون, العشرين …
  | { kind: 'hundreds'; value: number; beforeScale?: true }; // مائة, مائتان, ثلاثمائة …

const fold = (word: string): string => normalize(word).text;

// Masculine and feminine forms of 1–9 (the masculine takes ة; 8 has three feminine-side forms).
const UNITS: readonly (readonly string[])[] = [
  [],
  ['واحد', 'واحدة'],
  ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'ثنتان', 'ثنتين'],
  ['ثلاثة', 'ثلاث'],
  ['أربعة', 'أربع'],
  ['خمسة', 'خمس'],
  ['ستة', 'ست'],
  ['سبعة', 'سبع'],
  ['ثمانية', 'ثماني', 'ثمان'],
  ['تسعة', 'تسع'],
];
const TENS_NOMINATIVE = ['', '', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'];
const TENS_ACCUSATIVE = ['', '', 'عشرين', 'ثلاثين', 'أربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'];
// The stem a unit takes in a one-word hundred: ثلاثمائة, ثمانمائة.
const HUNDRED_STEMS = ['', '', '', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'];

interface Scale {
  readonly value: bigint;
  readonly singular: string;
  readonly dual: [string, string];
  readonly accusative: string;
  readonly plural: string;
  readonly others: readonly string[];
}
const SCALES: readonly Scale[] = [
  { value: 10n ** 12n, singular: 'تريليون', dual: ['تريليونان', 'تريليونين'], accusative: 'تريليونًا', plural: 'تريليونات', others: [] },
  { value: 10n ** 9n, singular: 'مليار', dual: ['ملياران', 'مليارين'], accusative: 'مليارًا', plural: 'مليارات', others: [] },
  { value: 10n ** 6n, singular: 'مليون', dual: ['مليونان', 'مليونين'], accusative: 'مليونًا', plural: 'ملايين', others: [] },
  { value: 1000n, singular: 'ألف', dual: ['ألفان', 'ألفين'], accusative: 'ألفًا', plural: 'آلاف', others: ['ألوف'] },
];

const ATOMS = new Map<string, Atom>();
const SCALE_WORDS = new Map<string, ScaleWord>();
function addAtom(word: string, atom: Atom): void {
  ATOMS.set(fold(word), atom);
}
addAtom('صفر', { kind: 'zero' });
for (let u = 1; u <= 9; u++) for (const w of elementAt(UNITS, u)) addAtom(w, { kind: 'unit', value: u });
// Standing alone in the accusative: وأسقط ثلاثًا (he downed three), أربعًا.
for (let u = 3; u <= 9; u++) addAtom(`${elementAt(elementAt(UNITS, u), 1)}ًا`, { kind: 'unit', value: u });
// With the article after a definite noun: الدول الثلاث, الأشهر الخمسة. Not الاثنين (Monday), الست ("the lady"), الواحد.
for (let u = 3; u <= 9; u++) for (const w of elementAt(UNITS, u)) if (w !== 'ست') addAtom(`ال${w}`, { kind: 'unit', value: u });
for (const w of ['أحد', 'إحدى']) addAtom(w, { kind: 'teen-head', value: 1 });
for (const w of ['اثنا', 'اثني', 'اثنتا', 'اثنتي']) addAtom(w, { kind: 'teen-head', value: 2 });
for (const w of ['عشرة', 'عشر', 'العشرة', 'العشر']) addAtom(w, { kind: 'ten' });
for (let t = 2; t <= 9; t++) {
  // With the article too: في سن الأربعين, الذكرى الخمسين, خمسة والعشرين.
  for (const w of [elementAt(TENS_NOMINATIVE, t), elementAt(TENS_ACCUSATIVE, t)]) {
    addAtom(w, { kind: 'tens', value: t * 10 });
    addAtom(`ال${w}`, { kind: 'tens', value: t * 10, definite: true });
  }
}
for (const hundred of ['مائة', 'مئة']) {
  addAtom(hundred, { kind: 'hundreds', value: 100 });
  const dualStem = `${hundred.slice(0, -1)}ت`; // مائت / مئت
  for (const ending of ['ان', 'ين', 'ا', 'ي']) addAtom(dualStem + ending, { kind: 'hundreds', value: 200 });
  // Folded, مئتا (200, before the noun it counts) is ميتًا "dead": read it only before ألف, مليون ….
  if (hundred === 'مئة') addAtom(`${dualStem}ا`, { kind: 'hundreds', value: 200, beforeScale: true });
  for (let u = 3; u <= 9; u++) addAtom(elementAt(HUNDRED_STEMS, u) + hundred, { kind: 'hundreds', value: u * 100 });
  addAtom('ثماني' + hundred, { kind: 'hundreds', value: 800 });
}
// بليون is a billion where مليار is not used (بليون دولار, بلايين).
SCALE_WORDS.set(fold('بليون'), { value: 10n ** 9n, count: 1 });
for (const w of ['بليونا', 'بلايين']) SCALE_WORDS.set(fold(w), { value: 10n ** 9n, count: 0 });
for (const w of ['بليونان', 'بليونين']) SCALE_WORDS.set(fold(w), { value: 10n ** 9n, count: 2 });
for (const s of SCALES) {
  SCALE_WORDS.set(fold(s.singular), { value: s.value, count: 1 });
  for (const d of s.dual) SCALE_WORDS.set(fold(d), { value: s.value, count: 2 });
  for (const w of [s.accusative, s.plural, ...s.others]) SCALE_WORDS.set(fold(w), { value: s.value, count: 0 });
}
const HUNDRED_WORDS = new Set([fold('مائة'), fold('مئة')]);
const CENTURY = new Set([fold('القرن'), fold('قرن')]);
/** Whether القرن comes just before `p`, or before the ordinal unit and و in front of it (القرن الحادي و العشرين). */
const afterCentury = (words: readonly string[], p: number): boolean => [1, 2, 3].some((back) => CENTURY.has(words[p - back] ?? ''));

function below100(words: readonly string[], p: number, conj: boolean): SmallNumber | undefined {
  const at = wordAt(words, p, conj);
  const atom = at && ATOMS.get(at.word);
  if (!at || !atom) return undefined;
  switch (atom.kind) {
    case 'teen-head': {
      if (ATOMS.get(words[at.next] ?? '')?.kind === 'ten') return { value: 10 + atom.value, next: at.next + 1 };
      // إحدى وعشرون: the feminine one before the tens.
      const tens = atom.value === 1 ? wordAt(words, at.next, true) : undefined;
      const t = tens && ATOMS.get(tens.word);
      return tens && t?.kind === 'tens' ? { value: 1 + t.value, next: tens.next } : undefined;
    }
    case 'unit': {
      if (atom.value >= 3 && ATOMS.get(words[at.next] ?? '')?.kind === 'ten') return { value: 10 + atom.value, next: at.next + 1 };
      // Units come before the tens: خمسة وعشرون.
      const tens = wordAt(words, at.next, true);
      const t = tens && ATOMS.get(tens.word);
      if (tens && t?.kind === 'tens') return { value: atom.value + t.value, next: tens.next };
      return { value: atom.value, next: at.next };
    }
    case 'ten':
      return { value: 10, next: at.next };
    case 'zero':
      return { value: 0, next: at.next };
    case 'tens':
      // القرن العشرين, القرن الحادي والعشرين: a century, not the number 20.
      return atom.definite && afterCentury(words, p) ? undefined : { value: atom.value, next: at.next };
    default:
      return undefined;
  }
}

function below1000(words: readonly string[], p: number, conj: boolean): SmallNumber | undefined {
  const at = wordAt(words, p, conj);
  if (!at) return undefined;
  const atom = ATOMS.get(at.word);
  let hundreds = 0;
  let next = at.next;
  if (atom?.kind === 'hundreds') {
    if (atom.beforeScale && !SCALE_WORDS.has(words[next] ?? '')) return undefined;
    hundreds = atom.value;
  } else if (atom?.kind === 'unit' && atom.value >= 3 && HUNDRED_WORDS.has(words[at.next] ?? '')) {
    hundreds = atom.value * 100;
    next = at.next + 1;
  }
  if (hundreds === 0) return below100(words, p, conj);
  const rest = below100(words, next, true);
  return rest ? { value: hundreds + rest.value, next: rest.next } : { value: hundreds, next };
}

const RULES: NumberWordRules = { below1000, scale: (w) => SCALE_WORDS.get(w), half: fold('نصف') };

function spellBelow100(n: number, o: Required<ArabicSpellOptions>): string {
  const feminine = o.gender === 'feminine';
  const accusative = o.case === 'accusative';
  const unit = (u: number): string => {
    if (u === 1) return feminine ? 'واحدة' : 'واحد';
    if (u === 2) return feminine ? (accusative ? 'اثنتين' : 'اثنتان') : accusative ? 'اثنين' : 'اثنان';
    return elementAt(elementAt(UNITS, u), feminine ? 1 : 0);
  };
  if (n < 10) return unit(n);
  if (n === 10) return feminine ? 'عشر' : 'عشرة';
  if (n < 20) {
    const u = n - 10;
    const ten = feminine ? 'عشرة' : 'عشر';
    if (u === 1) return `${feminine ? 'إحدى' : 'أحد'} ${ten}`;
    if (u === 2) return `${feminine ? (accusative ? 'اثنتي' : 'اثنتا') : accusative ? 'اثني' : 'اثنا'} ${ten}`;
    return `${unit(u)} ${ten}`;
  }
  const tens = elementAt(accusative ? TENS_ACCUSATIVE : TENS_NOMINATIVE, Math.floor(n / 10));
  const u = n % 10;
  if (u === 0) return tens;
  return `${u === 1 && feminine ? 'إحدى' : unit(u)} و${tens}`;
}

/** 1–999; `construct` writes 200 as مائتا / مائتي, the form it takes before the noun it counts (مائتا ألف). */
function spellBelow1000(n: number, o: Required<ArabicSpellOptions>, construct = false): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  let hundreds = '';
  if (h === 1) hundreds = o.hundred;
  else if (h === 2)
    hundreds =
      `${o.hundred.slice(0, -1)}ت` +
      (construct && rest === 0 ? (o.case === 'accusative' ? 'ي' : 'ا') : o.case === 'accusative' ? 'ين' : 'ان');
  else if (h > 2)
    hundreds = o.hundredsApart ? `${elementAt(elementAt(UNITS, h), 1)} ${o.hundred}` : elementAt(HUNDRED_STEMS, h) + o.hundred;
  if (rest === 0) return hundreds;
  const tail = spellBelow100(rest, o);
  return hundreds ? `${hundreds} و${tail}` : tail;
}

/** m × scale, with the counted form the grammar wants after m (تمييز): آلاف after 3–10, ألفًا after 11–99, ألف after 100s. */
function spellScaled(m: number, s: Scale, o: Required<ArabicSpellOptions>): string {
  // Thousands, millions and billions are masculine nouns: their multiplier takes the masculine forms.
  const multiplier: Required<ArabicSpellOptions> = { ...o, gender: 'masculine' };
  const accusative = o.case === 'accusative';
  if (m === 1) return s.singular;
  if (m === 2) return s.dual[accusative ? 1 : 0];
  const r = m % 100;
  if (m <= 10) return `${spellBelow1000(m, multiplier)} ${s.plural}`;
  if (m < 100) return `${spellBelow1000(m, multiplier)} ${s.accusative}`;
  if (r === 0) return `${spellBelow1000(m, multiplier, true)} ${s.singular}`;
  if (r <= 2) {
    // مئة ألف وألف, مئة ألف وألفان: the last one or two repeat the scale word.
    return `${spellBelow1000(m - r, multiplier, true)} ${s.singular} و${r === 1 ? s.singular : s.dual[accusative ? 1 : 0]}`;
  }
  return `${spellBelow1000(m, multiplier)} ${r <= 10 ? s.plural : s.accusative}`;
}

function spell(n: bigint | number, options?: ArabicSpellOptions): string {
  let rest = BigInt(n);
  if (rest < 0n) throw new RangeError('spell: the number must not be negative');
  if (rest >= 10n ** 15n) throw new RangeError('spell: numbers from 10^15 up have no words here');
  const o: Required<ArabicSpellOptions> = { gender: 'masculine', case: 'nominative', hundred: 'مائة', hundredsApart: false, ...options };
  if (rest === 0n) return 'صفر';
  const parts: string[] = [];
  for (const s of SCALES) {
    const m = Number(rest / s.value);
    rest %= s.value;
    if (m > 0) parts.push(spellScaled(m, s, o));
  }
  if (rest > 0n) parts.push(spellBelow1000(Number(rest), o));
  return parts.join(' و');
}

/** The decade words, folded (عشرينيات … تسعينيات: the twenties … the nineties), and the tens each names. */
export const ARABIC_DECADES: ReadonlyMap<string, number> = new Map(
  TENS_ACCUSATIVE.flatMap((word, t) => (t >= 2 ? [[fold(`${word}يات`), t * 10] as const] : [])),
);

// ثلاثينيات, والأربعينيات, للتسعينيات: a decade word with its article and proclitic.
const DECADE_WORD = /^(?:[وفب]?ال|لل|[وفبل])?(\S+ينيات)$/u;

/** The tens a folded decade word names (الستينيات → 60), with its article and proclitic; `undefined` for any other word. */
export function arabicDecade(word: string): number | undefined {
  // Asked of every word of a text: most have not the ending the expression needs.
  if (!word.endsWith('ينيات')) return undefined;
  return ARABIC_DECADES.get(DECADE_WORD.exec(word)?.[1] ?? '');
}

const ORDINAL_STEMS = new Set(['اول', 'اولي', 'حادي', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر'].map(fold));
const ORDINALS = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];

/**
 * The masculine definite ordinal of 1–99, as a day of the month is named (الخامس من ديسمبر):
 * الأول … العاشر، الحادي عشر، العشرين، الحادي والعشرين.
 */
export function spellArabicOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError('spellArabicOrdinal: 1–99');
  if (n <= 10) return elementAt(ORDINALS, n);
  const u = n % 10;
  const unit = u === 1 ? 'الحادي' : elementAt(ORDINALS, u);
  if (n < 20) return `${unit} عشر`;
  const tens = `ال${elementAt(TENS_ACCUSATIVE, Math.floor(n / 10))}`;
  return u === 0 ? tens : `${unit} و${tens}`;
}

const FEMININE_ORDINALS = ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'];

/**
 * Every way an ordinal of 1–99 is written, masculine and feminine, with the article and without (ثالث
 * أكبر), tens in both cases (العشرون, العشرين): built from {@link spellArabicOrdinal} on first use.
 */
let ordinalTable: PhraseTable<number> | undefined;
function ordinals(): PhraseTable<number> {
  if (ordinalTable) return ordinalTable;
  const table = new PhraseTable<number>(['و', 'ف', 'ب', 'ل', 'وب', 'ول']);
  const add = (phrase: string, n: number): void => {
    table.add(phrase, n);
    // ثالث أكبر, حادي عشر: without the article on any of its words.
    table.add(
      phrase
        .split(' ')
        .map((w) => w.replace(/^(و?)ال/u, '$1'))
        .join(' '),
      n,
    );
  };
  for (let n = 1; n <= 99; n++) {
    const u = n % 10;
    // The tens alone (العشرين, الخمسين) are also cardinals with the article: the cardinal reading keeps them.
    if (n >= 20 && u === 0) continue;
    const masculine = spellArabicOrdinal(n);
    add(masculine, n);
    if (n >= 20) add(masculine.replace(/ين$/u, 'ون'), n);
    const unit = u === 1 ? (n > 10 ? 'الحادية' : 'الأولى') : elementAt(FEMININE_ORDINALS, u);
    if (n <= 10) add(elementAt(FEMININE_ORDINALS, n), n);
    else if (n < 20) add(`${unit} عشرة`, n);
    else if (u > 0) {
      for (const tens of [TENS_ACCUSATIVE, TENS_NOMINATIVE]) {
        add(`${unit} وال${elementAt(tens, Math.floor(n / 10))}`, n);
        // القرن الواحد والعشرين: the cardinal واحد is common for the ordinal one in compounds.
        // Only with the article: واحد وعشرون without it is the cardinal.
        if (u === 1) for (const one of ['الواحد', 'الواحدة']) table.add(`${one} وال${elementAt(tens, Math.floor(n / 10))}`, n);
      }
    }
  }
  return (ordinalTable = table);
}

/**
 * Arabic cardinal numbers in words: the gender and case forms (خمسة/خمس, ثمانية/ثماني/ثمان,
 * عشرون/عشرين, ألف/آلاف/ألفان/ألفين, مليون/ملايين), compounds joined by و (خمسة وعشرون, ثلاثة آلاف
 * وخمسمائة), the two spellings of مائة/مئة, and digits with scale words (15 ألف).
 */
export const arabicNumbers: NumberWordGrammar<ArabicSpellOptions> = {
  language: 'ar',
  parse: (words, from) => readNumberWords(RULES, words, from),
  spell,
  isNumberWord: (word) => ATOMS.has(word) || SCALE_WORDS.has(word),
  isOrdinal(word) {
    let w = word;
    if (w.startsWith('و') && w.length > 3) w = w.slice(1);
    if (w.startsWith('ال')) w = w.slice(2);
    if (w.endsWith('ه')) w = w.slice(0, -1);
    return ORDINAL_STEMS.has(w);
  },
  mayStartOrdinal: (word) => ordinals().has(word),
  ordinal(words, from) {
    const m = ordinals().match(words, from);
    return m && { value: decimal(m.value), end: m.end, digits: false };
  },
};
