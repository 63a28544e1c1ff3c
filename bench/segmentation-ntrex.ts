/**
 * Segmentation quality on NTREX (../shared/data/ntrex-dev): each document's lines are joined into running
 * text — a space after a line that ends in punctuation, a newline after one that does not — and
 * `segment` must find the line boundaries again.
 *
 *   npx tsx bench/segmentation-ntrex.ts [DATA_DIR] [--show]
 *
 * A "punctuation" line ends in a sentence stop (. ! ? ؟ …), possibly followed by closing quotes.
 * Recall: share of line boundaries found. Precision: share of found boundaries that are line boundaries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../src/index.js';

const args = process.argv.slice(2);
const show = args.includes('--show');
const dir = args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '../../shared/data/ntrex-dev');

// A line "ends in punctuation" when it ends in a sentence stop, possibly followed by closing quotes or
// brackets. A line that ends in a comma and a quote (`…," he said` split in two by the English source) or
// in a bare closing quote is joined with a newline: no segmenter could find that boundary in running text.
const ENDS_IN_PUNCTUATION = /[.!?؟…۔][\s"'»”’)\]]*$/u;

function lines(file: string): string[] {
  return readFileSync(join(dir, file), 'utf8').replace(/\r/g, '').replace(/\n$/, '').split('\n');
}

export interface SegmentationScore {
  language: string;
  boundaries: number;
  found: number;
  correct: number;
  recall: number;
  precision: number;
}

export function scoreSegmentation(lang: string): SegmentationScore {
  const docIds = lines('docs.tsv');
  const text = lines(`${lang}.txt`);
  let boundaries = 0;
  let found = 0;
  let correct = 0;
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && docIds[j] === docIds[i]) j++;
    let doc = '';
    const gold: number[] = [];
    for (let k = i; k < j; k++) {
      const line = (text[k] as string).trim();
      doc += line;
      if (k < j - 1) {
        doc += ENDS_IN_PUNCTUATION.test(line.replace(/[\u200e\u200f]+$/u, '')) ? ' ' : '\n';
        gold.push(doc.length);
      }
    }
    const sentences = segment(doc);
    boundaries += gold.length;
    const goldSet = new Set(gold);
    for (let k = 0; k + 1 < sentences.length; k++) {
      const a = sentences[k]!;
      const b = sentences[k + 1]!;
      found++;
      let hit = false;
      for (let g = a.end; g <= b.start; g++) if (goldSet.has(g)) hit = true;
      if (hit) correct++;
      else if (show)
        console.log(`${lang} extra split: …${doc.slice(Math.max(0, a.end - 40), a.end)} | ${doc.slice(b.start, b.start + 30)}…`);
    }
    if (show) {
      const predicted = new Set<number>();
      for (let k = 0; k + 1 < sentences.length; k++) for (let g = sentences[k]!.end; g <= sentences[k + 1]!.start; g++) predicted.add(g);
      for (const g of gold)
        if (!predicted.has(g)) console.log(`${lang} missed: …${doc.slice(Math.max(0, g - 40), g)} | ${doc.slice(g, g + 30)}…`);
    }
    i = j;
  }
  return { language: lang, boundaries, found, correct, recall: correct / boundaries, precision: correct / found };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const lang of ['arb', 'fas', 'prs']) {
    const s = scoreSegmentation(lang);
    console.log(
      `${lang}: recall ${(100 * s.recall).toFixed(2)}% precision ${(100 * s.precision).toFixed(2)}% (${s.correct} of ${s.boundaries} line boundaries, ${s.found} found)`,
    );
  }
}
