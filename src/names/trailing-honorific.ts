// Honorifics of Ottoman, Persian and Central Asian usage written after a name (Enver Pasha / أنور باشا, Tughril Beg /
// طغرل بك / طغرل بیگ, Effendi): each language spells them its own way, and many newsrooms leave them out.

import { foldName, lettersOf } from './phonetic.js';
import { lowerFirst } from './name-words.js';
import type { NameMatch } from './name-match.js';

/** The honorifics, each as Latin, Arabic and Persian write it: one family per row, so that Pasha is no Bey. */
const FAMILIES: readonly string[] = [
  'pasha pacha paşa باشا پاشا',
  'bey beg bek bay بك بيك بيه بگ بیگ بک',
  'effendi efendi أفندي افندي افندی',
];

const FAMILY: ReadonlyMap<string, number> = new Map(
  FAMILIES.flatMap((row, k) => row.split(' ').map((w) => [/[a-z]/u.test(w) ? w : lettersOf(foldName(w)), k] as const)),
);

/** The family of a word if it is a trailing honorific, else undefined. */
function familyOf(word: string): number | undefined {
  return FAMILY.get(/[A-Za-z]/u.test(word) ? word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') : lettersOf(foldName(word)));
}

/**
 * Two names compared without an honorific after them (Mustafa Kamil Pasha / مصطفى كامل, طغرل بك / طغرل بیگ): when
 * both end in one of the same family, or one alone does after a name of two words or more (a one-word name before it
 * may be a surname: أولريش بيك, Ulrich Beck). `compare` matches the names without it. The partial match that says so,
 * or undefined.
 */
export function withoutTrailingHonorific(a: string, b: string, compare: (a: string, b: string) => NameMatch): NameMatch | undefined {
  const [wa, wb] = [a.trim().split(/\s+/u), b.trim().split(/\s+/u)];
  const [fa, fb] = [familyOf(wa[wa.length - 1] ?? ''), familyOf(wb[wb.length - 1] ?? '')];
  if (fa === undefined && fb === undefined) return undefined;
  if (fa !== undefined && fb !== undefined && fa !== fb) return undefined;
  const cutA = fa !== undefined && (fb !== undefined || wa.length >= 3);
  const cutB = fb !== undefined && (fa !== undefined || wb.length >= 3);
  if (!cutA && !cutB) return undefined;
  const [ra, rb] = [cutA ? wa.slice(0, -1) : wa, cutB ? wb.slice(0, -1) : wb];
  if (ra.length === 0 || rb.length === 0) return undefined;
  const m = compare(ra.join(' '), rb.join(' '));
  if (!m.same) return undefined;
  const words = [cutA ? wa[wa.length - 1] : undefined, cutB ? wb[wb.length - 1] : undefined].filter((w) => w !== undefined);
  const what =
    words.length > 1 ? `${words.join(' and ')} are one honorific after the name` : `${words[0] ?? ''} is an honorific after the name`;
  // Written on both sides, the honorific is one word spelled two ways; on one, the other leaves it out.
  const kind = cutA && cutB ? 'convention' : 'partial';
  const how = cutA && cutB ? 'which each language spells its own way' : 'which newsrooms write or leave out';
  return { ...m, reason: { ...m.reason, kind, detail: `${what}, ${how}; ${lowerFirst(m.reason.detail)}` } };
}
