/**
 * How much the bilingual lexicon tells a sentence's translation from its neighbours', on NTREX dev
 * (../shared/data/ntrex-dev: line i of arb.txt, fas.txt and prs.txt is the same sentence).
 *
 *   npx tsx bench/lexicon-coverage.ts [DATA_DIR]
 *
 * For each Arabic sentence i and Persian sentence j of the same document, "matched" is the number of
 * Arabic word tokens with a concept that some token of j also has. Reported, for j = i (true pairs) and
 * j = i ± 1 (the neighbours' translations):
 * - the mean matched share (matched / Arabic word tokens), and the same without the 30 most frequent
 *   concepts of the corpus (function words), which match almost any sentence;
 * - how often the true pair scores strictly higher than every neighbour in its document (ties lose), on
 *   the matched share and on a Dice coefficient over concept sets weighted by inverse document frequency;
 * - token coverage: the share of Arabic and Persian word tokens with at least one concept;
 * - where the Persian side is thin: uncovered tokens by shape (verb forms, plurals …);
 * - lookup speed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bilingualLexicon, type BilingualLexicon } from '../src/lexicon/bilingual-lexicon.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokens.js';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '../../shared/data/ntrex-dev');

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

/** A rough shape of a folded Persian token, to say which kind of word the lexicon lacks. */
function persianShape(w: string): string {
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

function run(lex: BilingualLexicon, persian: 'fas' | 'prs'): void {
  const docs = lines('docs.tsv');
  const t0 = performance.now();
  const ar = analyse(lines('arb.txt'), (w) => lex.arabicSentence(w));
  const fa = analyse(lines(`${persian}.txt`), (w) => lex.persianSentence(w));
  const ms = performance.now() - t0;
  const tokenCount = ar.reduce((s, x) => s + x.words.length, 0) + fa.reduce((s, x) => s + x.words.length, 0);

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
    side.forEach((s) =>
      s.words.forEach((w, k) => {
        if ((s.concepts[k] as readonly number[]).length > 0) return;
        total++;
        counts.set(shape(w), (counts.get(shape(w)) ?? 0) + 1);
      }),
    );
    return topShares(counts, total);
  };

  console.log(`\narb ↔ ${persian}: ${ar.length} sentence pairs, ${comparable} with a neighbour in their document`);
  console.log(`  matched share of Arabic tokens: true pairs ${pct(mean(trueShare))}, neighbours ${pct(mean(neighbourShare))}`);
  console.log(`  without the 30 most frequent concepts: true pairs ${pct(mean(trueContent))}, neighbours ${pct(mean(neighbourContent))}`);
  console.log(
    `  true pair beats both neighbours: matched share ${pct(beatsShare / comparable)}, without frequent ${pct(beatsContent / comparable)}, idf-Dice ${pct(beatsDice / comparable)}`,
  );
  console.log(`  token coverage: Arabic ${pct(covered(ar))}, ${persian} ${pct(covered(fa))}`);
  console.log(`  uncovered Arabic tokens by shape: ${uncoveredShapes(ar, arabicShape)}`);
  console.log(`  uncovered ${persian} tokens by shape: ${uncoveredShapes(fa, persianShape)}`);
  console.log(`  analysis (fold, tokenize, lookups, phrases): ${(tokenCount / ms / 1000).toFixed(2)} M tokens/s`);
}

const t0 = performance.now();
const lex = bilingualLexicon();
console.log(`lexicon: ${lex.conceptCount} concepts, built in ${(performance.now() - t0).toFixed(0)} ms`);
run(lex, 'fas');
run(lex, 'prs');
