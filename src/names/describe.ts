import type { AlignedLetters } from './phonetic.js';
import { elementAt } from '../contract/element-at.js';
import { OTHER_FORM, SHORT_FORM, otherFormOf, shortFormOf } from './short-names.js';
import { LENGTH_H, SEATED_HAMZA, VOWEL_LETTERS } from './orthography.js';
import { SHIFTED_VOWEL } from './vowel-shift.js';

/**
 * One plain sentence for the letter-level differences of two spellings of one name:
 * "The same name transliterated two ways: غ and گ both write g, and the vowel letter ي is written in the first only."
 */
export function describeDifferences(differences: readonly AlignedLetters[], joined: boolean): string {
  const phrases: string[] = [];
  const vowels = { first: [] as string[], second: [] as string[] };
  const seen = new Set<string>();
  const say = (phrase: string): void => {
    if (!seen.has(phrase)) {
      seen.add(phrase);
      phrases.push(phrase);
    }
  };
  for (const step of differences) {
    if (step.kind === 'variant' && step.sound === SHORT_FORM) {
      const { short, full } = shortFormOf(step.a, step.b) ?? { short: step.a, full: step.b };
      say(`${short} is a short form of the given name ${full}`);
    } else if (step.kind === 'variant' && step.sound === OTHER_FORM) {
      const form = otherFormOf(step.a, step.b);
      say(
        !form
          ? `${step.a} and ${step.b} are one given name`
          : form.usualLanguage
            ? `${form.other} is the ${form.language} and ${form.usual} the ${form.usualLanguage} form of the given name ${form.name ?? ''}`.trim()
            : `${form.other} is the ${form.language} form of the given name ${form.usual}`,
      );
    } else if (step.kind === 'variant' && step.sound === SHIFTED_VOWEL) say(`${step.a} and ${step.b} write ${SHIFTED_VOWEL}`);
    else if (step.kind === 'variant') say(`${step.a} and ${step.b} both write ${step.sound ?? 'one sound'}`);
    else if (step.kind === 'vowel') say(`one writes the vowel ${step.a} where the other has ${step.b}`);
    else if (step.kind === 'extra' && (step.a || step.b) === 'ال')
      say(`the article ال is written in the ${step.a ? 'first' : 'second'} only`);
    else if (step.kind === 'extra' && step.sound === SEATED_HAMZA)
      say(
        `${step.a || step.b}, written in the ${step.a ? 'first' : 'second'} only, is the hamza Persian seats between a vowel and a final e`,
      );
    else if (step.kind === 'extra' && step.sound === LENGTH_H)
      say(`${step.a || step.b}, written in the ${step.a ? 'first' : 'second'} only, is ${LENGTH_H}`);
    else if (step.kind === 'extra' && VOWEL_LETTERS.includes(step.a || step.b)) {
      // A vowel a transliteration may write with a letter or leave to the reader (إيريك / اریک): named once
      // per side, with every such letter.
      const side = step.a ? 'first' : 'second';
      const letters = vowels[side];
      if (!letters.includes(step.a || step.b)) letters.push(step.a || step.b);
      if (letters.length === 1) say(`vowels ${side}`);
    } else if (step.kind === 'extra') say(`${step.a || step.b} is written in the ${step.a ? 'first' : 'second'} only`);
    else if (step.kind === 'different') say(`${step.a || '—'} stands against ${step.b || '—'}`);
  }
  if (joined) say('words written apart on one side are one word on the other');
  for (const side of ['first', 'second'] as const) {
    const at = phrases.indexOf(`vowels ${side}`);
    const letters = vowels[side];
    if (at >= 0)
      phrases[at] =
        letters.length === 1
          ? `the vowel letter ${elementAt(letters, 0)} is written in the ${side} only`
          : `the vowel letters ${letters.slice(0, -1).join(', ')} and ${elementAt(letters, letters.length - 1)} are written in the ${side} only`;
  }
  if (phrases.length === 0) return 'The same name, spelled alike.';
  const list =
    phrases.length === 1 ? elementAt(phrases, 0) : `${phrases.slice(0, -1).join(', ')}, and ${elementAt(phrases, phrases.length - 1)}`;
  return differences.length > 0 && differences.every((s) => s.sound === SHORT_FORM || s.sound === OTHER_FORM)
    ? `The same name: ${list}.`
    : `The same name transliterated two ways: ${list}.`;
}
