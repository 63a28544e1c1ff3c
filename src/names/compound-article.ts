// A compound of two words whose second carries the Arabic article on one side only, the other writing it as one word
// (فضل الحق / فضل‌حق, أهل البيت / اهل‌بیت): Persian and the languages of Afghanistan and Pakistan join such compounds
// with or without the article, as they are said (Fazl-e Haq, Ahl-e Beyt).

import { comparePart, type PartResult } from './spelling-parts.js';
import { VOWEL_COSTS } from './orthography.js';
import type { AlignedLetters } from './phonetic.js';

const ARTICLE = 'ال';

/**
 * Two folded words against one (either side), spelled as one compound once the article that opens the second word on
 * one side only is taken out: the part, with a step that says the article is written on that side only; undefined
 * when no such article stands there or the rest is not one spelling.
 */
export function compoundArticleLeftOut(aWords: readonly string[], bWords: readonly string[], threshold: number): PartResult | undefined {
  const first = aWords.length === 2;
  const [two, one] = first ? [aWords, bWords] : [bWords, aWords];
  const [head, second] = [two[0] ?? '', two[1] ?? ''];
  const joined = one[0] ?? '';
  if (two.length !== 2 || one.length !== 1 || head.length < 2) return undefined;
  let rewritten: { two: readonly string[]; one: readonly string[]; onTwo: boolean } | undefined;
  // The article on the two words' side (أهل البيت / اهلبيت), or inside the joined word after the first (فضلالحق / فضل حق).
  if (second.startsWith(ARTICLE) && second.length >= ARTICLE.length + 2 && !joined.includes(ARTICLE))
    rewritten = { two: [head, second.slice(ARTICLE.length)], one, onTwo: true };
  else if (!second.startsWith(ARTICLE) && joined.startsWith(head + ARTICLE) && joined.length >= head.length + ARTICLE.length + 2)
    rewritten = { two, one: [head + joined.slice(head.length + ARTICLE.length)], onTwo: false };
  if (!rewritten) return undefined;
  const part = first ? comparePart(rewritten.two, rewritten.one, threshold) : comparePart(rewritten.one, rewritten.two, threshold);
  // Nothing else apart but letters that write one sound: an article and a vowel letter more make another word.
  if (!('alignment' in part) || part.alignment.steps.some((st) => st.kind !== 'same' && st.kind !== 'variant')) return undefined;
  // Which side writes the article: the first name's when it is the side rewritten.
  const inFirst = rewritten.onTwo === first;
  const step: AlignedLetters = { a: inFirst ? ARTICLE : '', b: inFirst ? '' : ARTICLE, kind: 'extra', cost: VOWEL_COSTS.article };
  const cost = part.cost + VOWEL_COSTS.article;
  return {
    ...part,
    cost,
    score: part.score * 0.97,
    alignment: { cost: part.alignment.cost + step.cost, steps: [step, ...part.alignment.steps] },
  };
}
