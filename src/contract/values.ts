import { elementAt } from './element-at.js';
// Plain predicates on values, without the error classes: the checks (validate.ts) use them, and so does the
// command-line tool, which bundles this file rather than the library's internals.

/** A language tag read: the language, and for Persian the variant when the tag names one. */
export interface LanguageChoice {
  readonly language: 'ar' | 'fa';
  readonly variant?: 'fa-IR' | 'fa-AF';
}

/** The tags of the languages the library reads, as messages list them. */
export const LANGUAGE_TAGS: readonly string[] = ['ar', 'fa', 'fa-IR', 'fa-AF', 'prs'];

/**
 * Reads a BCP 47 tag of a language the library reads, in any case, with ICU's aliases (`prs` is `fa-AF`):
 * Arabic with any region, Persian alone or of Iran or Afghanistan, in the Arabic script or none given.
 */
export function readLanguageTag(tag: string): LanguageChoice | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return undefined;
  }
  if (locale.script !== undefined && locale.script !== 'Arab') return undefined;
  if (locale.language === 'ar') return { language: 'ar' };
  if (locale.language !== 'fa') return undefined;
  if (locale.region === undefined) return { language: 'fa' };
  if (locale.region === 'IR' || locale.region === 'AF') return { language: 'fa', variant: `fa-${locale.region}` };
  return undefined;
}

/** Whether a string is a real day written `YYYY-MM-DD` (not 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3])); // not Date.UTC: it reads 0099 as 1999
  return date.toISOString().slice(0, 10) === value;
}

/** The allowed value a typo most likely meant: within two edits, or one for short words; case is ignored. */
export function closest(value: string, allowed: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const c = candidate.toLowerCase();
    // A difference of case alone is the nearest miss there is.
    const d =
      c === v ? (candidate === value ? 0 : 0.5) : c.startsWith(v) || v.startsWith(c) ? Math.abs(c.length - v.length) : distance(v, c);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const limit = value.length <= 4 ? 1 : 2;
  return best !== undefined && bestDistance <= limit && bestDistance > 0 ? best : undefined;
}

/** Levenshtein distance, for suggestions among a few short words. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return Infinity;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(elementAt(row, j) + 1, elementAt(next, j - 1) + 1, elementAt(row, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return elementAt(row, b.length);
}
