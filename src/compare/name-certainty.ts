import type { NameMention } from '../extract/names.js';
import { isOrdinaryWord } from '../extract/ordinary-words.js';
import { entityKey, type NameLanguage } from '../names/gazetteer.js';
import { vocabulary } from '../names/vocabulary.js';

/**
 * How sure the finder's evidence makes a mention a name, for the findings that rest on it alone: a name the
 * other side names nowhere is content a reviewer should check only when it is surely a name. The finder takes
 * a word after a title or a verb of saying for a name when nothing says it is not; many such words are
 * ordinary vocabulary its lexicon lacks (a field after پروفسور, a noun after وقال), and on real translations
 * they, not names, are most of what has no counterpart. A name is sure by its own words — a known given name
 * that is no ordinary word with more of the name after it, a foreign surname's form, Latin letters — or when
 * the document names it so in full elsewhere (ترامپ after دونالد ترامپ). Two unknown words after a title are
 * not enough: the lexicon lacks too many ordinary words (a newspaper's name, a field of study). A place or an organisation of the gazetteer is sure unless its one word is also an ordinary word
 * (آستانه "threshold", امان "safety").
 */
export class NameCertainty {
  private readonly fullWords = new Set<string>();
  private readonly memo = new Map<string, boolean>();
  private readonly given: ReadonlySet<string>;
  private readonly compounds: ReadonlyMap<string, readonly (readonly string[])[]>;

  /**
   * @param mentions - Every name the finder found in the document (adjectives left out).
   * @param language - The document's language.
   */
  constructor(
    mentions: readonly NameMention[],
    private readonly language: NameLanguage,
  ) {
    const v = vocabulary(language);
    this.given = v.givenNames;
    this.compounds = v.compoundGivenNames;
    for (const m of mentions) {
      if (m.type !== 'person' || !this.ownEvidence(m)) continue;
      for (const w of wordsOf(m.text)) this.fullWords.add(entityKey(w));
    }
  }

  /** Whether the mention is surely a name. */
  sure(m: NameMention): boolean {
    if (m.type !== 'person') return m.type === 'unknown' || !this.ordinary(m.text);
    const key = `${m.cue}\u0000${m.text}`;
    let known = this.memo.get(key);
    if (known === undefined) {
      known = this.ownEvidence(m) || wordsOf(m.text).every((w) => this.fullWords.has(entityKey(w)));
      this.memo.set(key, known);
    }
    return known;
  }

  /** A person's evidence in its own words (see the class). */
  private ownEvidence(m: NameMention): boolean {
    if (m.cue === 'surname-form' || m.cue === 'latin') return true;
    const words = wordsOf(m.text).map((w) => entityKey(w));
    if (words.length < 2) return false;
    const first = words[0] as string;
    // A given name of two words (عبد الله) counts as one: more of the name must follow it.
    const compound = this.compounds.get(first)?.find((c) => c.every((part, k) => words[k] === part));
    if (compound) return words.length > compound.length;
    return this.given.has(first) && !isOrdinaryWord(first, this.language);
  }

  /** Whether a one-word name is also an ordinary word. */
  private ordinary(text: string): boolean {
    const words = wordsOf(text);
    return words.length === 1 && isOrdinaryWord(entityKey(words[0] as string), this.language);
  }
}

const wordsOf = (text: string): string[] => text.split(/\s+/u).filter((w) => w.length > 0);
