// Words and signs the number readers test for (normalized once): the percent sign, ونصف, إلا, در صد, and the
// words that are numbers only sometimes.

import { normalize } from '../text/normalize.js';

// سی is 30 and the letter C in transliterations (بی بی سی, سی ان ان, می سی سی پی).
export const AMBIGUOUS_ALONE = new Set(['واحد', 'واحدة', 'یک', 'نه', 'سی'].map((w) => normalize(w).text));
export const PERCENT = '%';
export const ARABIC_COMMA = '،';
export const DAMMA = 0x064f;
export const FIRST = normalize('أول').text;
// بست در صد, در صد: after در, صد is the percent sign's word, not a hundred.
export const DAR = normalize('در').text;
export const SAD = normalize('صد').text;
// سبعة أيام ونصف: Arabic puts the half after the counted noun.
export const AND_HALF = normalize('ونصف').text;
// لست ("I am not") and بست are not ل/ب + ست ("six").
export const NO_CLITIC = new Set([normalize('ست').text]);
// ألف إلا خمسين: a thousand less fifty.
export const EXCEPT = normalize('إلا').text;
