import { rankCandidates, type StemCandidate } from './stem-candidate.js';

/**
 * A light Persian stemmer (Farsi and Dari): it proposes readings of a folded word (see `normalize`: ی is ي,
 * ک is ك, the zero-width non-joiner is removed, so بحران‌ها and بحرانها are the same word) and leaves the
 * choice to a dictionary, which keeps the first reading it knows.
 *
 * Nouns and adjectives, peeled from the outside in, one suffix per layer:
 * 1. the object marker را when it is glued (آنرا);
 * 2. the ezafe, indefinite or adjective ی (ي, يي, اي after a vowel: خانه‌ای) or a pronoun ش اش يش شان يشان;
 * 3. a plural: ها, ان, يان, ات, ين, ون, and گان for a word in ه (نمایندگان → نماینده);
 * 4. the comparative تر or superlative ترين.
 *
 * Verbs: a prefix می نمی ب ن (بی نی before ا: بیاورد) and/or an ending — after a past stem the personal
 * endings, the participle ه and a glued perfect (هام هاي هايم هايد هاند); after a present stem the personal
 * endings with د and the glide ي (يند). These readings are looked up among verb stems only, past (گفت) or
 * present (گو) as the ending says, so that می‌گویند → گو and نگفتند → گفت, while a noun in ه or د is not cut
 * into a false verb.
 *
 * Stems keep at least two letters; ش, the pronoun, needs three left.
 *
 * @param word - A folded word without spaces.
 * @returns Candidate stems, the word itself first, then by fewest affixes and longest stem.
 */
export function persianStemCandidates(word: string): StemCandidate[] {
  const out: StemCandidate[] = [{ key: word, cost: 0, kind: 'word' }];
  if (word.length < 3) return out;
  peelObjectMarker(word, out);
  peelVerb(word, out);
  return rankCandidates(out);
}

const MIN_STEM = 2;

const POSSESSIVE_OR_EZAFE: readonly (readonly [string, number])[] = [
  ['ي', MIN_STEM],
  ['يي', MIN_STEM],
  ['اي', MIN_STEM],
  ['ش', 3],
  ['اش', MIN_STEM],
  ['يش', MIN_STEM],
  ['شان', MIN_STEM],
  ['يشان', MIN_STEM],
];

/** [suffix, what replaces it, minimum stem length left]: ها leaves two letters (جاها), the Arabic-like plurals three (دهان is not ده + ان). */
const PLURALS: readonly (readonly [string, string, number])[] = [
  ['ها', '', MIN_STEM],
  ['ان', '', 3],
  ['يان', '', MIN_STEM],
  ['ات', '', 3],
  ['ين', '', 3],
  ['ون', '', 3],
  ['گان', 'ه', MIN_STEM],
];

const DEGREES: readonly string[] = ['تر', 'ترين'];

const VERB_PREFIXES: readonly (readonly [string, boolean])[] = [
  ['مي', false],
  ['نمي', false],
  ['ب', false],
  ['ن', false],
  // بی and نی only before a stem in ا: بیاورد, نیامد (بیکار is not a verb).
  ['بي', true],
  ['ني', true],
];

/** Endings after a past stem: personal endings, the participle ه and the glued perfect (گفته‌اند). */
const PAST_ENDINGS: readonly string[] = ['م', 'ي', 'يم', 'يد', 'ند', 'ه', 'هام', 'هاي', 'هايم', 'هايد', 'هاند'];

/** Endings after a present stem, with the glide ي after a vowel (گو + يند). */
const PRESENT_ENDINGS: readonly string[] = ['م', 'ي', 'د', 'يم', 'يد', 'ند', 'يند'];

function peelObjectMarker(word: string, out: StemCandidate[]): void {
  peelPossessive(word, 0, out);
  if (word.endsWith('را') && word.length - 2 >= MIN_STEM) peelPossessive(word.slice(0, -2), 1, out);
}

function peelPossessive(stem: string, cost: number, out: StemCandidate[]): void {
  peelPlural(stem, cost, out);
  for (const [suffix, minimum] of POSSESSIVE_OR_EZAFE) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= minimum) {
      peelPlural(stem.slice(0, -suffix.length), cost + 1, out);
    }
  }
}

function peelPlural(stem: string, cost: number, out: StemCandidate[]): void {
  peelDegree(stem, cost, out);
  for (const [suffix, replacement, minimum] of PLURALS) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= minimum) {
      peelDegree(stem.slice(0, -suffix.length) + replacement, cost + 1, out);
    }
  }
}

function peelDegree(stem: string, cost: number, out: StemCandidate[]): void {
  out.push({ key: stem, cost, kind: 'word' });
  for (const suffix of DEGREES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM) {
      out.push({ key: stem.slice(0, -suffix.length), cost: cost + 1, kind: 'word' });
    }
  }
}

function peelVerb(word: string, out: StemCandidate[]): void {
  const bodies: [string, number][] = [[word, 0]];
  for (const [prefix, beforeAlef] of VERB_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const body = word.slice(prefix.length);
    if (body.length < MIN_STEM || (beforeAlef && !body.startsWith('ا'))) continue;
    bodies.push([body, 1]);
    // A prefix alone: نگفت, می‌گفت (past) or بگو, نکن (imperative on the present stem).
    out.push({ key: body, cost: 1, kind: 'verb' });
  }
  for (const [body, cost] of bodies) {
    addEndings(body, cost, PAST_ENDINGS, 'past', out);
    addEndings(body, cost, PRESENT_ENDINGS, 'present', out);
  }
}

function addEndings(body: string, cost: number, endings: readonly string[], kind: 'past' | 'present', out: StemCandidate[]): void {
  for (const ending of endings) {
    if (body.endsWith(ending) && body.length - ending.length >= MIN_STEM) {
      out.push({ key: body.slice(0, -ending.length), cost: cost + 1, kind });
    }
  }
}
