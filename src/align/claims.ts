import { argument, iterable, mapped, arrayOf, number, options as checkOptions, shape } from '../contract/validate.js';
import { detectLanguage, type Language } from '../text/language.js';
import { claimThresholds, matchInSpace } from './claim-matching.js';
import { claimSpace } from './claim-space.js';
import type { ClaimMatch, MatchClaimsOptions } from './types.js';
import { ALIGN_OPTIONS, CLAIM_THRESHOLDS, sentences, type Dictionary } from './options.js';
import { vocabularyFor } from './vocabulary.js';

export type { ClaimMatch, MatchClaimsOptions } from './types.js';

/**
 * Pairs the sentences of two reports that state the same claim, whatever their order: a report and another
 * outlet's take on the same event, in the same language or across Arabic and Persian. A sentence may match
 * none, one, or — when the other side split it — two adjacent sentences.
 *
 * Each pair of sentences is scored by what they share (numbers, names and loanwords, words of one language,
 * translations through the bilingual lexicon; function words left out), every piece weighted by how rare
 * it is in the two texts, so that the topic both reports share (the country, the organisation) weighs
 * little. A pair must share clearly more than two sentences of these texts share by chance (`minSurprise`)
 * and a fair part of its content (`minOverlap`); among those, the pairing with the greatest total is chosen
 * (the Hungarian algorithm), one to one, and a sentence next to a paired one joins its pair when it adds
 * to what the two share.
 *
 * @example
 * ```ts
 * import { matchClaims } from 'muqabala';
 *
 * const a = [
 *   'وصل وزير الخارجية الإيراني إلى مسقط يوم الأحد.',
 *   'وقال إن المحادثات تتناول الملف النووي.',
 *   'وأسفر الزلزال عن مقتل 12 شخصًا في ولاية كرمان.',
 * ];
 * const b = [
 *   'زلزال بقوة 5.6 ريختر في كرمان أسفر عن مقتل 12 شخصًا.',
 *   'الطقس حار في الخليج هذا الأسبوع.',
 *   'ووصل وزير الخارجية الإيراني إلى مسقط لبحث الملف النووي.',
 * ];
 * matchClaims(a, b).map((m) => [m.source, m.target]);
 * // => [[[0, 1], [2]], [[2], [0]]]
 * ```
 */
export function matchClaims(source: readonly string[], target: readonly string[], options?: MatchClaimsOptions): ClaimMatch[] {
  const fn = 'matchClaims';
  return matchChecked(argument(fn, 'source', source, sentences), argument(fn, 'target', target, sentences), checkOptions(fn, options, MATCH_CLAIMS_OPTIONS));
}

const INDICES = mapped(iterable<unknown>('sentence indices'), (items, at) => arrayOf(number({ min: 0, integer: true }), 'sentence indices')([...items], at));
const MATCH_CLAIMS_OPTIONS = {
  sourceLanguage: ALIGN_OPTIONS.sourceLanguage,
  targetLanguage: ALIGN_OPTIONS.targetLanguage,
  skip: shape({ source: INDICES, target: INDICES }, 'an object of sentence indices ({ source, target })'),
  ...CLAIM_THRESHOLDS,
  dictionary: ALIGN_OPTIONS.dictionary,
};

function matchChecked(source: readonly string[], target: readonly string[], options: Parameters<typeof claimThresholds>[0] & {
  sourceLanguage?: Language;
  targetLanguage?: Language;
  skip?: { source?: readonly number[]; target?: readonly number[] };
  dictionary?: Dictionary;
}): ClaimMatch[] {
  const languages = {
    source: options.sourceLanguage ?? detectLanguage(source.join('\n')).language,
    target: options.targetLanguage ?? detectLanguage(target.join('\n')).language,
  };
  const skip = { source: new Set(options.skip?.source ?? []), target: new Set(options.skip?.target ?? []) };
  const space = claimSpace(source, target, languages, skip, { lookup: vocabularyFor(options.dictionary, languages) });
  return [...matchInSpace(space, claimThresholds(options)).matches];
}
