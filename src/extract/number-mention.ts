// What extractNumbers answers, kept apart so that the readers of each number form can build it.

import type { NumberRole } from './number-labels.js';
import type { QuantityUnit, NumberQualifier } from '../lexicon/quantity-words.js';

/** A number found in a text. */
export interface NumberMention {
  /** The words of the number as written, with its qualifier and unit: `source.slice(start, end)`. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit in the caller's string. */
  readonly start: number;
  /** Offset one past the last code unit in the caller's string. */
  readonly end: number;
  /**
   * The exact value as a decimal string (`'1344'`, `'2500000'`, `'2.5'`): no rounding, however many digits.
   * A fraction that does not end in decimals is rounded to four places (two thirds is `'0.6667'`); a time
   * of day is `H:MM` (`'15:35'`).
   */
  readonly value: string;
  /** What the number counts or measures, when a unit word follows it (كيلومتراً, تُن, في المئة, درصد). */
  readonly unit?: QuantityUnit;
  /** How a word before the number bounds it (أكثر من, بیش از, نحو, حدود). */
  readonly qualifier?: NumberQualifier;
  /** Written in digits only, in words only, or digits with a scale word (15 ألف, ۲.۵ میلیون). */
  readonly form: 'digits' | 'words' | 'mixed';
  /**
   * What the number is when it does not count or measure: a fraction, an ordinal, part of an identifier or
   * a time of day (see {@link NumberRole}). Absent for a count or a measure.
   */
  readonly role?: NumberRole;
  /**
   * The value under the other reading of its one separator, when it allows two: ۸٫۸۶۶ is 8.866 by the
   * Arabic decimal separator, but Dari text also groups thousands with it (8866); 10.700 is 10.7 or 10,700.
   */
  readonly alternative?: string;
}
