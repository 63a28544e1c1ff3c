/**
 * How much the bilingual lexicon tells a sentence's translation from its neighbours', on NTREX dev
 * (../shared/data/ntrex-dev: line i of arb.txt, fas.txt and prs.txt is the same sentence).
 *
 *   npx tsx bench/lexicon-coverage.ts        (or: npm run bench -- lexicon)
 *
 * For each Arabic sentence i and Persian sentence j of the same document, "matched" is the number of
 * Arabic word tokens with a concept that some token of j also has. Reported, for j = i (true pairs) and
 * j = i ± 1 (the neighbours' translations):
 * - the mean matched share (matched / Arabic word tokens), and the same without the 30 most frequent
 *   concepts of the corpus (function words), which match almost any sentence;
 * - how often the true pair scores strictly higher than every neighbour in its document (ties lose), on
 *   the matched share and on a Dice coefficient over concept sets weighted by inverse document frequency;
 * - token coverage: the share of Arabic and Persian word tokens with at least one concept;
 * - where each side is thin: uncovered tokens by shape (verb forms, plurals, words with no counterpart …);
 * - the time to build the lexicon, and lookup speed on words seen for the first time and again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bilingualLexicon, type BilingualLexicon } from '../src/lexicon/bilingual-lexicon.js';
import { LIGHT_VERB_STEMS } from '../src/lexicon/persian-light-verbs.js';
import { persianStemCandidates } from '../src/lexicon/stem-fa.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokens.js';
import { SHARED, time } from './corpus.js';

const dir = join(SHARED, 'data/ntrex-dev');

function lines(file: string): string[] {
  return readFileSync(join(dir, file), 'utf8').replace(/\r/g, '').replace(/\n$/, '').split('\n');
}

function words(sentence: string): string[] {
  const folded = normalize(sentence).text;
  return tokenize(folded)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);
}

interface Sentence {
  readonly words: string[];
  readonly concepts: (readonly number[])[];
  readonly set: ReadonlySet<number>;
}

function analyse(texts: string[], sentenceConcepts: (w: string[]) => (readonly number[])[]): Sentence[] {
  return texts.map((t) => {
    const w = words(t);
    const concepts = sentenceConcepts(w);
    return { words: w, concepts, set: new Set(concepts.flat()) };
  });
}

function matched(a: Sentence, p: Sentence, skip: ReadonlySet<number>): number {
  let n = 0;
  for (const cs of a.concepts) if (cs.some((c) => !skip.has(c) && p.set.has(c))) n++;
  return n;
}

function idfDice(a: Sentence, p: Sentence, idf: ReadonlyMap<number, number>): number {
  let shared = 0;
  let total = 0;
  for (const c of a.set) {
    const w = idf.get(c) ?? 0;
    total += w;
    if (p.set.has(c)) shared += 2 * w;
  }
  for (const c of p.set) total += idf.get(c) ?? 0;
  return total === 0 ? 0 : shared / total;
}

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Persian words with no Arabic counterpart to match: the object marker, the copula and auxiliaries, particles. */
const NO_COUNTERPART = new Set(['را', 'است', 'هست', 'اند', 'ام', 'اي', 'مي', 'نمي', 'هم', 'يك', 'خود', 'خواهد', 'خواهند', 'خواهيم', 'باشد', 'باشند', 'بود', 'بودند', 'بوده', 'نيست', 'شود', 'شوند', 'ميشود', 'ميشوند', 'نميشود']);

/** A rough shape of a folded Persian token, to say which kind of word the lexicon lacks. */
function persianShape(w: string): string {
  if (NO_COUNTERPART.has(w)) return 'particle or auxiliary (no counterpart)';
  if (persianStemCandidates(w).some((c) => (c.kind !== 'word' || c.cost === 0) && LIGHT_VERB_STEMS.has(c.key))) return 'light verb (no counterpart)';
  if (/^(ن?مي)/u.test(w)) return 'verb with می/نمی';
  if (/(ند|يم|يد|هاند|هام)$/u.test(w)) return 'verb ending (ند/يم/يد/perfect)';
  if (/^ب/u.test(w) && /د$/u.test(w)) return 'subjunctive ب…د';
  if (/(ها|هاي|هايي|ان|ات|ين)$/u.test(w)) return 'plural';
  if (/(تر|ترين)$/u.test(w)) return 'comparative';
  if (/ي$/u.test(w)) return 'ends in ی (ezafe/adjective)';
  if (/ه$/u.test(w)) return 'ends in ه (participle/noun)';
  if (w.length <= 2) return 'short (≤2 letters)';
  return 'other';
}

function arabicShape(w: string): string {
  if (/^(و|ف)?(ب|ل|ك)?ال/u.test(w) || w.startsWith('لل')) return 'with article';
  if (/^(و|ف)?(ي|ت|ن|س)/u.test(w) && w.length >= 4) return 'present verb shape';
  if (/(ه|ها|هم|كم|نا)$/u.test(w)) return 'pronoun/ة suffix';
  if (/(ات|ون|ين|ان)$/u.test(w)) return 'plural/dual';
  return 'other';
}

function topShares(counts: Map<string, number>, total: number): string {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${pct(v / total)}`)
    .join(', ');
}

function coverage(lex: BilingualLexicon, persian: 'fas' | 'prs'): string[] {
  const docs = lines('docs.tsv');
  const ar = analyse(lines('arb.txt'), (w) => lex.arabicSentence(w));
  const fa = analyse(lines(`${persian}.txt`), (w) => lex.persianSentence(w));

  // Concept frequency over both sides' sentences: the most frequent are function words.
  const df = new Map<number, number>();
  for (const s of [...ar, ...fa]) for (const c of s.set) df.set(c, (df.get(c) ?? 0) + 1);
  const frequent = new Set([...df.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([c]) => c));
  const n = ar.length + fa.length;
  const idf = new Map([...df.entries()].map(([c, f]) => [c, Math.log(n / f)]));

  const trueShare: number[] = [];
  const neighbourShare: number[] = [];
  const trueContent: number[] = [];
  const neighbourContent: number[] = [];
  let comparable = 0;
  let beatsShare = 0;
  let beatsContent = 0;
  let beatsDice = 0;
  for (let i = 0; i < ar.length; i++) {
    const a = ar[i] as Sentence;
    const len = Math.max(1, a.words.length);
    const neighbours = [i - 1, i + 1].filter((j) => j >= 0 && j < fa.length && docs[j] === docs[i]);
    const own = matched(a, fa[i] as Sentence, new Set()) / len;
    const ownContent = matched(a, fa[i] as Sentence, frequent) / len;
    const ownDice = idfDice(a, fa[i] as Sentence, idf);
    trueShare.push(own);
    trueContent.push(ownContent);
    if (neighbours.length === 0) continue;
    comparable++;
    const shares = neighbours.map((j) => matched(a, fa[j] as Sentence, new Set()) / len);
    const contents = neighbours.map((j) => matched(a, fa[j] as Sentence, frequent) / len);
    const dices = neighbours.map((j) => idfDice(a, fa[j] as Sentence, idf));
    neighbourShare.push(...shares);
    neighbourContent.push(...contents);
    if (shares.every((s) => own > s)) beatsShare++;
    if (contents.every((s) => ownContent > s)) beatsContent++;
    if (dices.every((s) => ownDice > s)) beatsDice++;
  }

  const covered = (side: Sentence[]): number => {
    let total = 0;
    let hit = 0;
    for (const s of side) {
      total += s.words.length;
      for (const cs of s.concepts) if (cs.length > 0) hit++;
    }
    return hit / total;
  };
  const uncoveredShapes = (side: Sentence[], shape: (w: string) => string): string => {
    const counts = new Map<string, number>();
    let total = 0;
    side.forEach((s) => { s.words.forEach((w, k) => {
        if ((s.concepts[k] as readonly number[]).length > 0) return;
        total++;
        counts.set(shape(w), (counts.get(shape(w)) ?? 0) + 1);
      }); },
    );
    return topShares(counts, total);
  };

  return [
    `arb ↔ ${persian}: ${ar.length} sentence pairs, ${comparable} with a neighbour in their document`,
    `  matched share of Arabic tokens: true pairs ${pct(mean(trueShare))}, neighbours ${pct(mean(neighbourShare))}`,
    `  without the 30 most frequent concepts: true pairs ${pct(mean(trueContent))}, neighbours ${pct(mean(neighbourContent))}`,
    `  true pair beats both neighbours: matched share ${pct(beatsShare / comparable)}, without frequent ${pct(beatsContent / comparable)}, idf-Dice ${pct(beatsDice / comparable)}`,
    `  token coverage: Arabic ${pct(covered(ar))}, ${persian} ${pct(covered(fa))}`,
    `  uncovered Arabic tokens by shape: ${uncoveredShapes(ar, arabicShape)}`,
    `  uncovered ${persian} tokens by shape: ${uncoveredShapes(fa, persianShape)}`,
  ];
}

/** Lookup speed over both sides' words, phrases included: new words (stemmed) and words seen before (memoized). */
function speed(persian: 'fas' | 'prs'): string {
  const ar = lines('arb.txt').map(words);
  const fa = lines(`${persian}.txt`).map(words);
  const tokens = [...ar, ...fa].reduce((s, w) => s + w.length, 0);
  const lex = bilingualLexicon({ extra: [['تجربة السرعة', 'آزمون سرعت']] }); // a fresh lexicon: an empty memo
  const pass = (): number => {
    const t = performance.now();
    for (const w of ar) lex.arabicSentence(w);
    for (const w of fa) lex.persianSentence(w);
    return performance.now() - t;
  };
  const first = pass();
  const again = time(pass, 500);
  return `lookups arb + ${persian}: ${(tokens / first / 1000).toFixed(2)} M tokens/s on first sight, ${(tokens / again / 1000).toFixed(1)} M tokens/s once seen`;
}

/** The coverage report, one line per figure. */
export function benchLexiconCoverage(): string[] {
  const t0 = performance.now();
  const lex = bilingualLexicon();
  const built = performance.now() - t0;
  return [
    `lexicon: ${lex.conceptCount} concepts, built in ${built.toFixed(0)} ms`,
    ...coverage(lex, 'fas'),
    ...coverage(lex, 'prs'),
    speed('fas'),
    speed('prs'),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of benchLexiconCoverage()) console.log(line);
