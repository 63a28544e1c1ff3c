/**
 * Language detection on NTREX (../shared/data/ntrex-dev): each document of arb, fas and prs is detected as a
 * whole; the script reports how often the language (ar / fa) and the Persian variant (fa-IR / fa-AF) are right.
 *
 *   npx tsx bench/language-ntrex.ts [DATA_DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../src/index.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/data/ntrex-dev');
const read = (file: string): string[] => readFileSync(join(dir, file), 'utf8').replace(/\r/g, '').replace(/\n$/, '').split('\n');

export interface LanguageScore {
  file: string;
  documents: number;
  languageRight: number;
  variantRight: number;
  variantUndecided: number;
}

export function scoreLanguage(file: 'arb' | 'fas' | 'prs', firstLinesOnly = 0): LanguageScore {
  const ids = read('docs.tsv');
  const lines = read(`${file}.txt`);
  const docs = new Map<string, string[]>();
  ids.forEach((id, i) => docs.set(id, [...(docs.get(id) ?? []), lines[i] as string]));
  const language = file === 'arb' ? 'ar' : 'fa';
  const variant = file === 'fas' ? 'fa-IR' : file === 'prs' ? 'fa-AF' : undefined;
  let languageRight = 0;
  let variantRight = 0;
  let variantUndecided = 0;
  for (const doc of docs.values()) {
    const guess = detectLanguage((firstLinesOnly ? doc.slice(0, firstLinesOnly) : doc).join('\n'));
    if (guess.language === language) languageRight++;
    if (variant && guess.variant === variant) variantRight++;
    if (variant && guess.variant === undefined) variantUndecided++;
  }
  return { file, documents: docs.size, languageRight, variantRight, variantUndecided };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const lines of [0, 3]) {
    for (const file of ['arb', 'fas', 'prs'] as const) {
      const s = scoreLanguage(file, lines);
      const scope = lines ? `first ${lines} lines` : 'whole documents';
      const variant = file === 'arb' ? '' : `, variant right ${s.variantRight}/${s.documents} (undecided ${s.variantUndecided})`;
      console.log(`${file} (${scope}): language right ${s.languageRight}/${s.documents}${variant}`);
    }
  }
}
