// The honorific سید joined to a given name (سیدعلی, سیدمحمد) against the name without it (علی خامنه‌ای for سیدعلی
// خامنه‌ای), and محمد joined to an Afghan or Pakistani given name (محمدیونس قانونی / یونس قانونی): read as the words
// written apart, where the honorific is no part of the name and محمد one news leaves out.

import { foldName } from './phonetic.js';
import { compoundSeconds } from './compound-first.js';
import { COMPOUND_SECONDS, isGivenName } from './name-words.js';
import { vocabulary } from './vocabulary.js';
import { entityKey } from './gazetteer.js';

const SAYYID = foldName('سيد');
const MUHAMMAD = foldName('محمد');

// The honorific سید of a descendant of the Prophet, which a name drops when written apart (سید علی) and keeps
// when joined (سیدعلی); and محمد, which Afghan and Pakistani names put before the given name the person goes by
// (محمدیونس, محمدکریم, محمدواصف). Not محمد before the second of a Persian compound (رضا, جواد, تقی …): محمدرضا is a
// name of its own, and محمدرضا پهلوی and رضا پهلوی are a son and his father (so is محمدرضاشاه رضاشاه's son).
const FIRST_PARTS: readonly string[] = [SAYYID, MUHAMMAD];

/**
 * A compound given name written as one word (جمال‌الدین, عبدالله, فتحعلی‌شاه once its joiner is folded away), which
 * the list of given names holds only in parts: its second part is one of {@link COMPOUND_SECONDS}.
 */
function isCompoundGiven(word: string): boolean {
  for (const second of COMPOUND_SECONDS) if (word.length > second.length + 1 && word.endsWith(second)) return true;
  return false;
}

/** Two names with a given name joined to سید written apart in one, and the joined and parted forms. */
export interface SplitCompound {
  readonly a: string;
  readonly b: string;
  /** The joined word and the same written apart (سیدعلی, سید علی). */
  readonly joined: string;
  readonly apart: string;
  /** Why the first part may be left out. */
  readonly why: string;
}

/** A name's words with a joined compound written apart, the two forms, and why the first part may be left out. */
export type SplitWords = Omit<SplitCompound, 'a' | 'b'> & { readonly words: readonly string[] };

function splitIn(words: readonly string[], other: readonly string[]): SplitWords | undefined {
  return splitWhere(words, (joined, second) => other.includes(second) && !other.includes(joined));
}

/**
 * A name's (folded) words with a given name joined to سید or محمد written apart (محمدکریم → محمد کریم), for a name
 * compared with one in Latin letters, whose words are read rather than looked up; undefined when it has none.
 */
export function splitJoinedGiven(words: readonly string[]): SplitWords | undefined {
  return splitWhere(words, () => true);
}

/** The first joined compound of `words` whose parts `wanted` accepts, written apart (see {@link splitCompoundGiven}). */
function splitWhere(words: readonly string[], wanted: (joined: string, second: string) => boolean): SplitWords | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const first = FIRST_PARTS.find((p) => w.startsWith(p) && w.length > p.length + 2);
    const second = first ? w.slice(first.length) : '';
    if (!first || !wanted(w, second)) continue;
    // After محمد, the second may be a name no list holds (واصف); a family name after it in both says a person.
    const given =
      first === SAYYID
        ? isGivenName(second) || isCompoundGiven(second)
        : ![...compoundSeconds()].some((c) => second.startsWith(c)) && i < words.length - 1;
    if (!given) continue;
    const why =
      first === SAYYID ? 'the honorific is no part of the name' : `news leaves out ${first}, which opens Afghan and Pakistani given names`;
    return { words: [...words.slice(0, i), first, second, ...words.slice(i + 1)], joined: w, apart: `${first} ${second}`, why };
  }
  return undefined;
}

/**
 * The two names (folded words) with a given name joined to سید or محمد in either written apart, when the other name has
 * the given name alone and not the joined word; undefined when neither has one.
 */
export function splitCompoundGiven(a: readonly string[], b: readonly string[]): SplitCompound | undefined {
  const inA = splitIn(a, b);
  if (inA) return { a: inA.words.join(' '), b: b.join(' '), joined: inA.joined, apart: inA.apart, why: inA.why };
  const inB = splitIn(b, a);
  if (inB) return { a: a.join(' '), b: inB.words.join(' '), joined: inB.joined, apart: inB.apart, why: inB.why };
  return undefined;
}

const ABD = foldName('عبد');

/**
 * A theophoric given name, عبد and a name of God (عبدالکریم, عبد القهار), against the name of God alone before the same
 * family name (کریم خلیلی, قهار عاصی), as Afghan and Persian usage shortens it: the two names (folded words) with the
 * theophoric name shortened, and the words that say so; undefined otherwise. The name of God must be a given name of its
 * own or one of those that follow عبد, and a family name must follow, the same on both sides.
 */
export function theophoricShortened(a: readonly string[], b: readonly string[]): { a: string; b: string; detail: string } | undefined {
  for (const [long, short, first] of [
    [a, b, true],
    [b, a, false],
  ] as const) {
    const [w0 = '', w1 = ''] = long;
    const [divine, rest, written] =
      w0 === ABD && w1.startsWith('ال')
        ? [w1.slice(2), long.slice(2), `${w0} ${w1}`]
        : w0.startsWith(ABD + 'ال')
          ? [w0.slice(ABD.length + 2), long.slice(1), w0]
          : ['', [], ''];
    if (divine.length < 3 || rest.length === 0 || short[0] !== divine || short.slice(1).join(' ') !== rest.join(' ')) continue;
    if (!isGivenName(divine) && !vocabulary('ar').theophoricNames.has(entityKey(divine))) continue;
    const shortened = [divine, ...rest].join(' ');
    return {
      a: first ? shortened : a.join(' '),
      b: first ? b.join(' ') : shortened,
      detail: `${written} is shortened to ${divine}, the name of God after عبد, as Afghan and Persian usage names a person`,
    };
  }
  return undefined;
}
