import type { ReportNotice, Side } from '../model/types.js';
import type { LanguageGuess } from '../text/language.js';
import { atSentenceStart } from './labels.js';

/**
 * What the report says of a document that reads as neither Arabic nor Persian, and whose language was not
 * given; `label` is how messages name it.
 */
export function languageNotice(side: Side, guess: LanguageGuess, label: string): ReportNotice {
  return {
    rule: 'language/unsupported',
    side,
    message: `${atSentenceStart(label)} does not read as Arabic or Persian (${why(guess)}): muqabala compares only those two languages, so this report may miss what differs; if it is in one of them, give its language.`,
  };
}

function why(guess: LanguageGuess): string {
  if (guess.script === 'none') return 'it has no letters';
  if (guess.script !== 'arabic') return `it is mostly in the ${guess.script === 'other' ? 'letters of another' : capitalised(guess.script)} script`;
  return guess.evidence.some((e) => e.startsWith('letters of Pashto or Urdu')) ? 'it has letters of Pashto or Urdu' : 'it has too few letters to tell';
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
