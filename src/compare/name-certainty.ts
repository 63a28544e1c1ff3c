import type { NameMention } from '../names/find/find-names.js';
import { isInflectedWord, isOrdinaryWord } from '../names/find/ordinary-words.js';
import { entityKey, type NameLanguage } from '../names/gazetteer.js';
import { vocabulary } from '../names/vocabulary.js';
import { elementAt } from '../contract/element-at.js';

/**
 * How sure the finder's evidence makes a mention a name, for the findings that rest on it alone: a name the
 * other side names nowhere is content a reviewer should check only when it is surely a name. The finder takes
 * a word after a title or a verb of saying for a name when nothing says it is not; many such words are
 * ordinary vocabulary its lexicon lacks (a field after پروفسور, a noun after وقال), and on real translations
 * they, not names, are most of what has no counterpart. A name is sure by its own words — a known given name
 * that is no ordinary word with more of the name after it, a foreign surname's form, Latin letters — or when
 * the document names it so in full elsewhere (ترامپ after دونالد ترامپ), or when the translation names it too
 * in another sentence (see `confirm`). Two unknown words after a title are
 * not enough: the lexicon lacks too many ordinary words (a newspaper's name, a field of study). A place or an organisation of the gazetteer is sure unless its one word is also an ordinary word
 * (آستانه "threshold", امان "safety").
 */
export class NameCertainty {
  private readonly fullWords = new Set<string>();
  private readonly memo = new Map<string, boolean>();
  private readonly given: ReadonlySet<string>;
  private readonly compounds: ReadonlyMap<string, readonly (readonly string[])[]>;
  private readonly heads: ReadonlySet<string>;

  /**
   * @param mentions - Every name the finder found in the document (adjectives left out).
   * @param language - The document's language.
   * @param text - The document's text, which the mentions' offsets point into.
   */
  constructor(
    mentions: readonly NameMention[],
    private readonly language: NameLanguage,
    private readonly text: string,
  ) {
    const v = vocabulary(language);
    this.heads = new Set([...v.organizationHeads, ...FACILITY_HEADS.split(' ').map((w) => entityKey(w))]);
    this.given = v.givenNames;
    this.compounds = v.compoundGivenNames;
    for (const m of mentions) {
      if (m.type !== 'person' || !this.ownEvidence(m)) continue;
      for (const w of wordsOf(m.text)) this.fullWords.add(entityKey(w));
    }
  }

  /**
   * Takes a person the translation names too (a pair of the two sides) as sure, with each of its words: a word
   * taken for a name by mistake has a translation, not a transliteration, on the other side.
   */
  confirm(m: NameMention): void {
    if (m.type !== 'person') return;
    for (const w of wordsOf(m.text)) this.fullWords.add(entityKey(w));
    this.memo.clear();
  }

  /** Whether the mention is surely a name. */
  sure(m: Named): boolean {
    if (m.type === 'place') return !this.ordinary(m.text) && !this.namesFacility(m);
    if (m.type !== 'person') return true;
    const key = `${m.cue}\u0000${m.text}`;
    let known = this.memo.get(key);
    if (known === undefined) {
      known = this.ownEvidence(m) || wordsOf(m.text).every((w) => this.fullWords.has(entityKey(w)));
      this.memo.set(key, known);
    }
    return known;
  }

  /** A person's evidence in its own words (see the class). */
  private ownEvidence(m: Named): boolean {
    if (m.cue === 'surname-form' || m.cue === 'latin') return true;
    const words = wordsOf(m.text).map((w) => entityKey(w));
    if (words.length < 2) return false;
    const first = elementAt(words, 0);
    // A given name of two words (عبد الله) counts as one: more of the name must follow it.
    const compound = this.compounds.get(first)?.find((c) => c.every((part, k) => words[k] === part));
    const givenLength = compound ? compound.length : this.given.has(first) && !isOrdinaryWord(first, this.language) ? 1 : 0;
    if (givenLength === 0 || words.length <= givenLength) return false;
    // A given name reads its next words as a surname, and a family name may be a word (نشأت حداد). When every
    // one of them is ordinary vocabulary and one is inflected, as no family name is (نشأت جراء الخلافات,
    // "arose from the disputes"; نشأت أشاهد, "I grew up watching"), the given name was a verb that looks like one.
    const rest = words.slice(givenLength).filter((w) => !this.given.has(w));
    return (
      rest.length < words.length - givenLength ||
      !rest.every((w) => isOrdinaryWord(w, this.language)) ||
      !rest.some((w) => isInflectedWord(w, this.language))
    );
  }

  /**
   * Whether a place is part of the name of a building, a street or a body named after it (كنيسة سانت مارتن,
   * صحيفة واشنطن بوست, خیابان بغداد): the word before it heads such a name, and the place is not what the
   * sentence speaks of.
   */
  private namesFacility(m: Named): boolean {
    const before = this.text
      .slice(Math.max(0, m.start - HEAD_REACH), m.start)
      .split(/[\s\u200c]+/u)
      .filter((w) => w.length > 0);
    const word = before[before.length - 1];
    if (!word) return false;
    const key = entityKey(word);
    const forms = [key, key.replace(/^[وفبلك]?(?:ال|لل)/u, ''), key.replace(/ي$/u, ''), key.replace(/^[وفبلك]/u, '')];
    return forms.some((f) => this.heads.has(f));
  }

  /** Whether a one-word name is also an ordinary word. */
  private ordinary(text: string): boolean {
    const words = wordsOf(text);
    return words.length === 1 && isOrdinaryWord(entityKey(elementAt(words, 0)), this.language);
  }
}

/** How many characters before a place are read for the head word of a facility's name. */
const HEAD_REACH = 40;

/**
 * Head words of the names of buildings, streets and places of a town, which take the name of a saint, a
 * person or another place (كنيسة سانت مارتن, شارع بغداد, مطار كابل, کلیسای سنت مارتین, خیابان تهران): a place
 * after them is part of that name. The organisations' heads (صحيفة, روزنامه …) come from the vocabulary.
 */
const FACILITY_HEADS =
  'كنيسة كاتدرائية مسجد جامع معبد دير شارع ميدان ساحة جسر مطار ميناء محطة مستشفى جامعة مدرسة كلية ملعب فندق متحف سجن حديقة ' +
  'کلیسا کلیسای مسجد معبد خیابان جاده میدان پل فرودگاه بندر ایستگاه بیمارستان شفاخانه دانشگاه مدرسه ورزشگاه استادیوم هتل موزه زندان پارک';

/** A mention, or words the detector found for one (which have no cue). */
type Named = Pick<NameMention, 'text' | 'type' | 'start'> & { readonly cue?: NameMention['cue'] };

const wordsOf = (text: string): string[] => text.split(/\s+/u).filter((w) => w.length > 0);
