// Health, science and technical acronyms against the words Arabic and Persian write for them (RNA / الحمض النووي
// الريبي, ICU / وحدة العناية المركزة, CoV / فيروس كورونا): two names of one row of the list name one thing; a name of a
// kind (HCoV-OC43, SARS-CoV-2) and a name of what it is a kind of (فيروس كورونا) are linked a little less surely;
// two rows otherwise are two things (DNA / الحمض النووي الريبي). A name the list does not hold is left to the letters.

import { TECHNICAL_ACRONYM_ROWS } from '../lexicon/technical-acronyms.js';
import { westernDigits } from '../text/chars.js';
import { memoize } from '../text/memo.js';
import { foldName, lettersOf } from './phonetic.js';
import { different, matched, type NameMatch } from './name-match.js';

/** One row of the list: its first Latin form and English expansion (for explanations), the row it is a kind of. */
interface Term {
  readonly latin: string;
  readonly english: string;
  readonly of: Term | undefined;
}

/** How sure a link is between a kind and what it is a kind of (SARS-CoV-2 / فيروس كورونا): less than one row's names. */
const KIND_SCORE = 0.9;

/** The list indexed: each folded form's rows, each Latin form's row, and the most Arabic-script words of a form. */
interface Tables {
  readonly index: Map<string, Term[]>;
  readonly byLatin: Map<string, Term>;
  readonly longest: number;
}

let built: Tables | undefined;
const tables = (): Tables => (built ??= build());

const WORD_BREAK = /[\s/\-\u2010\u2013]+/u;

/** A Latin form as the list keeps it: as written, a run of spaces and hyphens one hyphen (RT PCR is RT-PCR). */
function latinKey(latin: string): string {
  return latin.trim().replace(/[\s\-\u2010\u2013]+/gu, '-');
}

/**
 * A name folded for the list. Latin: see {@link latinKey}. Arabic script: each word's letters and digits (in Western figures), the Arabic article taken off, the words joined (Persian
 * writes کروناویروس and کرونا ویروس). A name in both scripts is in no row.
 */
function key(name: string): string | undefined {
  const text = name.trim();
  const latin = /[A-Za-z]/u.test(text);
  if (latin === /\p{Script=Arabic}/u.test(text)) return undefined;
  if (latin) return `latin:${latinKey(text)}`;
  return text
    .split(WORD_BREAK)
    .map((w) => {
      const k = lettersOf(foldName(w));
      const word = k.length > 3 && k.startsWith('ال') ? k.slice(2) : k;
      return word + westernDigits(w).replace(/[^0-9]/gu, '');
    })
    .join('');
}

/** The number of Arabic-script words of a form. */
function wordsOf(form: string): number {
  return form.split(WORD_BREAK).filter((w) => /\p{Script=Arabic}/u.test(w)).length;
}

function build(): Tables {
  const table = new Map<string, Term[]>();
  const latinTable = new Map<string, Term>();
  let longest = 0;
  // Rows name their broader row by its first Latin form, which comes earlier in the list.
  for (const [latin, english, ar, fa, , of] of TECHNICAL_ACRONYM_ROWS) {
    const forms = [...ar.split('|'), ...fa.split('|')].filter((f) => f.length > 0);
    const broader = of ? latinTable.get(latinKey(of)) : undefined;
    for (const f of forms) longest = Math.max(longest, wordsOf(f));
    const term: Term = { latin: latin.split('|')[0] ?? latin, english, of: broader };
    for (const form of [...latin.split('|'), ...forms]) {
      const k = key(form);
      if (!k) continue;
      const list = table.get(k) ?? [];
      if (!list.includes(term)) list.push(term);
      table.set(k, list);
    }
    for (const l of latin.split('|')) latinTable.set(latinKey(l), term);
    // The English expansion, when it is more than one word (an acronym's one-word gloss is often an English word).
    if (english.trim().includes(' ')) {
      const list = table.get(englishKey(english)) ?? [];
      if (!list.includes(term)) list.push(term);
      table.set(englishKey(english), list);
    }
  }
  return { index: table, byLatin: latinTable, longest };
}

/**
 * An English expansion as the list keeps it beside the acronym's forms: lower-cased, a hyphen a space (multiple
 * sclerosis, ribonucleic acid, polymerase chain reaction). Kept apart from the Latin forms, which are matched as
 * written: a short word in lower case is an English word, not an acronym.
 */
const englishKey = (english: string): string =>
  `english:${english
    .trim()
    .toLowerCase()
    .replace(/[\s\-\u2010\u2013]+/gu, ' ')}`;

// Every pair compareNames weighs asks the list about both names: each name is looked up once. A Latin name is also
// looked up as an English expansion (multiple sclerosis / ام‌اس).
const terms = /* @__PURE__ */ memoize((name: string): Term[] | undefined => {
  const k = key(name);
  if (k === undefined) return undefined;
  const { index } = tables();
  return index.get(k) ?? (k.startsWith('latin:') && name.trim().includes(' ') ? index.get(englishKey(name)) : undefined);
});

/** Whether a term is a kind, at any remove, of another (SARS-CoV-2 of CoV). */
function isKindOf(term: Term, broader: Term): boolean {
  for (let t = term.of; t; t = t.of) if (t === broader) return true;
  return false;
}

const describe = (t: Term): string => `${t.english} (${t.latin})`;

/**
 * Compares two names through the list of technical acronyms: one thing when both are its names ("RNA and الحمض النووي
 * الريبي both name ribonucleic acid"), linked when one names a kind of what the other names (SARS-CoV-2 / فيروس كورونا),
 * two things otherwise. Returns undefined when either name is not in the list, or both fold alike (the letters say so).
 */
export function compareTechnicalAcronyms(a: string, b: string): NameMatch | undefined {
  const ta = terms(a);
  const tb = ta ? terms(b) : undefined;
  if (!ta || !tb || key(a) === key(b)) return undefined;
  const [x, y] = [a.trim(), b.trim()];
  const shared = ta.find((t) => tb.includes(t));
  if (shared) return matched('convention', 1, `${x} and ${y} both name ${describe(shared)}, each in its own words.`);
  for (const [kinds, broader, kindName, broaderName] of [
    [ta, tb, x, y],
    [tb, ta, y, x],
  ] as const)
    for (const k of kinds)
      for (const t of broader)
        if (isKindOf(k, t))
          return matched(
            'convention',
            KIND_SCORE,
            `${kindName} names ${describe(k)}, one of the ${t.english} kind that ${broaderName} names (${t.latin}).`,
          );
  const [first, second] = [ta[0], tb[0]];
  return different(`${x} names ${first ? describe(first) : ''} and ${y} ${second ? describe(second) : ''}: two different things.`);
}

/** Whether the list holds a Latin name (RNA, SARS-CoV-2), which findSpelledName then looks for by the list's forms. */
export function isTechnicalAcronym(latin: string): boolean {
  return tables().byLatin.has(latinKey(latin));
}

/** The most Arabic-script words a form of the list holds. */
export function longestTechnicalTerm(): number {
  return tables().longest;
}
