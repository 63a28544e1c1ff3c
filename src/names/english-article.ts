// The English article of a Latin name written out in Arabic script: ذا before a consonant, ذي before a vowel (ذا
// تايمز, ذي إيكونوميست for The Times, The Economist), where other newsrooms write the Arabic article (التايمز) or
// nothing (گاردین). Arabic writes ذا and ذي in names of its own too (ذي قار, ذي يزن), so the words are read as the
// English article only against a Latin name that opens with The, or before a name the gazetteer knows with the
// Arabic article or without it.

import { isLatinName, lookupEntries } from './gazetteer.js';
import { foldName, lettersOf } from './phonetic.js';

const WRITTEN_ARTICLE: ReadonlySet<string> = new Set(['ذا', 'ذي']);
const LATIN_ARTICLE = /^the\s+/iu;

/**
 * Two names of which one opens with the English article written out in Arabic script and the other does not: the
 * pairs to compare instead, in order (the known name the rest is with or without ال, against the other as it is;
 * then the rest against a Latin name without its The), and the article as written; undefined otherwise.
 */
export function englishArticleWrittenOut(
  a: string,
  b: string,
): { readonly pairs: readonly (readonly [string, string])[]; readonly article: string } | undefined {
  const [ra, rb] = [withoutArticle(a), withoutArticle(b)];
  if (ra && !rb) return instead(ra, b, (x, y) => [x, y]);
  if (rb && !ra) return instead(rb, a, (x, y) => [y, x]);
  return undefined;
}

function instead(
  cut: { readonly article: string; readonly rest: string },
  other: string,
  order: (x: string, y: string) => readonly [string, string],
): { readonly pairs: readonly (readonly [string, string])[]; readonly article: string } | undefined {
  const trimmed = other.trim();
  const latin = isLatinName(trimmed);
  if (latin && !LATIN_ARTICLE.test(trimmed)) return undefined;
  const known = [`ال${cut.rest}`, cut.rest].find((form) => lookupEntries(form).length > 0);
  const pairs = [...(known ? [order(known, trimmed)] : []), ...(latin ? [order(cut.rest, trimmed.replace(LATIN_ARTICLE, ''))] : [])];
  return pairs.length > 0 ? { pairs, article: cut.article } : undefined;
}

/** A name that opens with ذا or ذي and has words after it: the word and the rest. */
function withoutArticle(name: string): { readonly article: string; readonly rest: string } | undefined {
  const words = name.trim().split(/\s+/u);
  const [first] = words;
  if (words.length < 2 || !first || !WRITTEN_ARTICLE.has(lettersOf(foldName(first)))) return undefined;
  return { article: first, rest: words.slice(1).join(' ') };
}
