// Two spellings that are the same letters once folded differ only in how the letters are written: the Arabic
// and the Persian form of one letter, an alef with or without its hamza, a final ة or ه, a half-space. The
// explanation of such a match names those conventions instead of calling the spellings alike.

import { isArabicLetter } from '../text/chars.js';
import { foldName, identityKey, isPashtoPair } from './phonetic.js';

/** One letter of a spelling: as written, and as the comparison reads it. */
interface Letter {
  readonly raw: string;
  readonly folded: string;
  /** What stands between this letter and the next one: nothing, a half-space (ZWNJ), or a space or hyphen. */
  after: '' | 'half-space' | 'space';
}

/** The letters of a spelling, with the marks (harakat, shadda, tatweel) it writes. */
function writtenLetters(name: string): { letters: Letter[]; marks: boolean } {
  const letters: Letter[] = [];
  let marks = false;
  for (const raw of name) {
    const folded = foldName(raw);
    const code = folded.charCodeAt(0);
    if (folded.length === 1 && isArabicLetter(code)) {
      letters.push({ raw, folded: identityKey(folded), after: '' });
      continue;
    }
    const last = letters[letters.length - 1];
    if (raw === '\u200c') {
      if (last && last.after === '') last.after = 'half-space';
    } else if (/^[\s\-‐‑–]$/u.test(raw)) {
      if (last) last.after = 'space';
    } else if (folded === '' && raw !== '\u200d') marks = true;
  }
  return { letters, marks };
}

/** How two forms of one letter differ, and what the explanation says of one pair or of several (`each`). */
interface FormKind {
  readonly test: (x: string, y: string) => boolean;
  readonly say: (pairs: string, each: boolean) => string;
}

const isPair = (x: string, y: string, p: string, q: string): boolean => (x === p && y === q) || (x === q && y === p);

/** The kinds of letter forms, in the order an explanation names them. */
const FORM_KINDS: readonly FormKind[] = [
  {
    test: (x, y) => isPair(x, y, 'ي', 'ی') || isPair(x, y, 'ك', 'ک') || isPair(x, y, 'ى', 'ی'),
    say: (pairs, each) => `${pairs} ${each ? 'are one letter each' : 'are one letter'}, in its Arabic and its Persian form`,
  },
  { test: (x, y) => isPair(x, y, 'ى', 'ي'), say: (pairs) => `${pairs} are one final letter, written with and without its dots` },
  {
    test: isPashtoPair,
    say: (pairs, each) => `${pairs} ${each ? 'are one letter each' : 'are one letter'}, in its Pashto and its Persian form`,
  },
  {
    test: (x, y) => isPair(x, y, 'ة', 'ه') || isPair(x, y, 'ة', 'ۀ') || isPair(x, y, 'ه', 'ۀ'),
    say: (pairs) => `${pairs} both write the final a`,
  },
  {
    test: (x, y) => (x === 'ا' && HAMZA_ALEFS.has(y)) || (y === 'ا' && HAMZA_ALEFS.has(x)),
    say: (pairs, each) =>
      `${pairs} ${each ? 'are alefs' : 'are one alef'}, written with and without ${pairs.includes('آ') ? (/[أإٱ]/u.test(pairs) ? 'a hamza or madda' : 'its madda') : 'its hamza'}`,
  },
  {
    test: (x, y) => HAMZA_ALEFS.has(x) && HAMZA_ALEFS.has(y),
    say: (pairs, each) =>
      `${pairs} ${each ? 'are alefs' : 'are one alef'}, ${pairs.includes('آ') ? 'written with a hamza in one and a madda in the other' : 'its hamza written above and below'}`,
  },
  { test: (x, y) => HAMZA_SEATS.has(x) && HAMZA_SEATS.has(y), say: (pairs) => `${pairs} are one hamza on two seats` },
  { test: () => true, say: (pairs, each) => `${pairs} ${each ? 'are one letter each' : 'are one letter'}` },
];

/** One phrase per kind of letter form for the differing letters, each pair named once. */
function formPhrases(pairs: readonly (readonly [string, string])[]): string[] {
  const byKind = new Map<FormKind, string[]>();
  const seen = new Set<string>();
  for (const [x, y] of pairs) {
    if (seen.has(x + y)) continue;
    seen.add(x + y);
    const kind = FORM_KINDS.find((k) => k.test(x, y)) as FormKind;
    const list = byKind.get(kind) ?? [];
    byKind.set(kind, [...list, `${x} and ${y}`]);
  }
  return FORM_KINDS.flatMap((kind) => {
    const list = byKind.get(kind);
    return list ? [kind.say(list.join(', '), list.length > 1)] : [];
  });
}

const HAMZA_ALEFS = new Set(['أ', 'إ', 'آ', 'ٱ']);
const HAMZA_SEATS = new Set(['ء', 'ئ', 'ؤ']);

/**
 * The conventions that make two spellings of the same letters look different (see the module), as one
 * sentence for a match's explanation; `undefined` when the two are not the same letters letter for letter
 * (an honorific or a word more on one side), or when nothing but the spaces between words differs.
 */
export function letterFormsDetail(a: string, b: string): string | undefined {
  const x = writtenLetters(a);
  const y = writtenLetters(b);
  if (x.letters.length !== y.letters.length || x.letters.length === 0) return undefined;
  const pairs: [string, string][] = [];
  const phrases: string[] = [];
  let spaces = false;
  for (let i = 0; i < x.letters.length; i++) {
    const p = x.letters[i] as Letter;
    const q = y.letters[i] as Letter;
    if (p.folded !== q.folded) return undefined;
    if (p.raw !== q.raw) pairs.push([p.raw, q.raw]);
    if (p.after !== q.after && i < x.letters.length - 1) {
      if (p.after === 'space' || q.after === 'space') spaces = true;
      else phrases.push(`a half-space (ZWNJ) parts the word in the ${p.after ? 'first' : 'second'} only`);
    }
  }
  if (x.marks !== y.marks) phrases.push(`vowel marks are written in the ${x.marks ? 'first' : 'second'} only`);
  const all = [...new Set([...formPhrases(pairs), ...phrases])];
  if (all.length === 0) return undefined;
  const forms = `The same name in other letter forms: ${all.join('; ')}`;
  return spaces ? `${forms}, and words written apart on one side are one word on the other.` : `${forms}.`;
}
