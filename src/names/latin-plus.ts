// A plus sign at the end of a Latin name (OPEC+, Disney+, Canal+) is part of the name, and Arabic and Persian read it
// out as a word: بلس, پلاس. The name with it is not the name without it (OPEC+ is a wider group than OPEC).

import { foldName } from './phonetic.js';

/** How Arabic and Persian write the word plus (folded). */
const PLUS_WORDS: ReadonlySet<string> = new Set(['بلس', 'بلاس', 'پلاس', 'پلس'].map((w) => foldName(w)));

/**
 * A Latin name ending in + against an Arabic-script name: the Latin name without the sign and the other without its
 * last word, when that word is plus read out, or without its own sign (`read`), or with the other unchanged when it has no such word (`read`
 * false: the other lacks the plus). Undefined when the Latin name has no plus at its end.
 */
export function latinPlus(
  latin: string,
  other: string,
): { readonly latin: string; readonly other: string; readonly read: boolean } | undefined {
  const trimmed = latin.trim();
  if (!trimmed.endsWith('+') || trimmed.length < 2) return undefined;
  const bare = trimmed.slice(0, -1).trim();
  // The sign kept as a sign (أوبك+).
  if (other.trim().endsWith('+')) return { latin: bare, other: other.trim().slice(0, -1).trim(), read: true };
  const words = other.trim().split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && PLUS_WORDS.has(foldName(last))) return { latin: bare, other: words.slice(0, -1).join(' '), read: true };
  return { latin: bare, other: other.trim(), read: false };
}
