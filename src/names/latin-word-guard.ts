// A name in Latin letters against an ordinary Arabic or Persian word, or against the conventional spelling of a
// known place: the letters may fit loosely (Shell / شال, Tesla / تسلية, Amol / عامل, Kashmar / کشمیر), but a
// newsroom that writes a foreign name spells its vowels as they are said. A reading that writes a vowel as a
// letter of another sound, or adds a letter the Latin does not have, reads another word.

import type { LatinReading, LatinStep } from './latin.js';

const VOWELS = 'aeiouy';
// The cost from which a step is no usual spelling of its Latin letters (a as ي, e as ا, an added ي or ع).
const LOOSE = 0.2;

/** The first step of a reading that spells a vowel as a letter of another sound, or adds a letter; undefined when none. */
export function looseStep(reading: LatinReading): LatinStep | undefined {
  if (reading.how === 'letters') return undefined;
  return reading.steps.find(
    (st) =>
      st.cost >= LOOSE &&
      st.cost < 1 &&
      // A vowel written ع or with a hamza is how romanisations write those letters (Ali / علي), not another vowel.
      (st.latin === '' || (st.arabic !== '' && isVowelUnit(st.latin) && !/[عء]/u.test(st.arabic))),
  );
}

/** A phrase for a loose step: "the vowel e written ا", "ع added, which the Latin does not have". */
export function describeLooseStep(step: LatinStep): string {
  return step.latin ? `the vowel ${step.latin} written ${step.arabic}` : `${step.arabic} added, which the Latin does not have`;
}

/**
 * Whether a reading writes a Latin final -a after a consonant as ية, the Arabic ending -iyya of adjectives and
 * abstract nouns (Tesla is تسلا, not تسلية): a Latin name has that ending only with its i (Syria / سورية).
 */
export function nisbaForFinalA(reading: LatinReading): boolean {
  const n = reading.steps.length;
  const [inserted, last] = [reading.steps[n - 2], reading.steps[n - 1]];
  return !!inserted && !!last && inserted.latin === '' && inserted.arabic === 'ي' && last.latin === 'a' && /^[ةه]$/u.test(last.arabic);
}

/** Whether a step's Latin letters are a vowel or a vowel digraph (a, ou, ai), not by a substring of VOWELS. */
function isVowelUnit(latin: string): boolean {
  return latin.length > 0 && [...latin].every((c) => VOWELS.includes(c));
}
