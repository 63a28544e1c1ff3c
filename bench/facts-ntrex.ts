/**
 * Agreement of the fact extractors across translations, on NTREX (../shared/data/ntrex-dev): line i of
 * arb.txt, fas.txt and prs.txt is the same sentence, so the numbers found in the Arabic and in a Persian
 * line should have the same values, and their dates should not be disjoint. Every disagreement is either an
 * extraction error or a translator's liberty; the share of lines that disagree is an upper bound on the
 * false discrepancies a comparison report would raise on faithful translations.
 *
 *   npx tsx bench/facts-ntrex.ts [DATA_DIR] [--show N]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDates, extractNumbers, relateDates } from '../src/index.js';
import { SHARED } from './corpus.js';

const values = (text: string, language: 'ar' | 'fa'): string[] =>
  extractNumbers(text, { language })
    .map((n) => n.value)
    .sort();

/** Scores the extractors on NTREX; with `show`, also prints up to that many disagreements. */
export function scoreFactsNtrex(dir = join(SHARED, 'data/ntrex-dev'), show = 0): string[] {
  const lines = (file: string): string[] => readFileSync(join(dir, file), 'utf8').replace(/\r/g, '').split('\n');
  const arabic = lines('arb.txt');
  const out: string[] = [];
  for (const [file, name] of [
    ['fas.txt', 'Persian (Iran)'],
    ['prs.txt', 'Dari'],
  ] as const) {
    const persian = lines(file);
    let withNumbers = 0;
    let numbersAgree = 0;
    let agreeBeyondTwo = 0;
    let arabicNumbers = 0;
    let matched = 0;
    let persianNumbers = 0;
    let withDates = 0;
    let datesCompatible = 0;
    let datesDisjoint = 0;
    const shown: string[] = [];
    const started = performance.now();
    for (let i = 0; i < Math.min(arabic.length, persian.length); i++) {
      const a = arabic[i] as string;
      const p = persian[i] as string;
      const va = values(a, 'ar');
      const vp = values(p, 'fa');
      if (va.length > 0 || vp.length > 0) {
        withNumbers++;
        const rest = [...vp];
        const unpaired: string[] = [];
        let common = 0;
        for (const v of va) {
          const k = rest.indexOf(v);
          if (k >= 0) {
            rest.splice(k, 1);
            common++;
          } else unpaired.push(v);
        }
        arabicNumbers += va.length;
        persianNumbers += vp.length;
        matched += common;
        if (common === va.length && common === vp.length) numbersAgree++;
        // Arabic counts one and two with the noun itself (مصدر، مصدران) where Persian writes یک, دو.
        const small = (v: string): boolean => v === '1' || v === '2';
        if (unpaired.every(small) && rest.every(small)) agreeBeyondTwo++;
        else if (shown.length < show) shown.push(`#${i} numbers ${JSON.stringify(va)} ≠ ${JSON.stringify(vp)}\n   ${a}\n   ${p}`);
      }
      const da = extractDates(a, { language: 'ar' });
      const dp = extractDates(p, { language: 'fa' });
      if (da.length > 0 && dp.length > 0) {
        withDates++;
        // Each Arabic date against the Persian date it relates to best.
        const rank = { equal: 0, within: 1, contains: 1, overlaps: 2, unknown: 3, disjoint: 4 } as const;
        const best = da.map((x) => Math.min(...dp.map((y) => rank[relateDates(x, y).relation])));
        if (best.every((r) => r <= 2)) datesCompatible++;
        if (best.some((r) => r === 4)) {
          datesDisjoint++;
          if (shown.length < show) shown.push(`#${i} dates ${da.map((d) => d.text).join(' | ')} ≠ ${dp.map((d) => d.text).join(' | ')}`);
        }
      }
    }
    const pct = (x: number, of: number): string => `${((100 * x) / Math.max(1, of)).toFixed(1)}%`;
    out.push(`Arabic ↔ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    out.push(
      `  lines with numbers on either side: ${withNumbers}; same values on both sides: ${numbersAgree} (${pct(numbersAgree, withNumbers)}); the same but for unpaired 1s and 2s: ${agreeBeyondTwo} (${pct(agreeBeyondTwo, withNumbers)})`,
    );
    out.push(
      `  numbers: ${arabicNumbers} Arabic, ${persianNumbers} Persian, ${matched} paired by value (${pct(matched, arabicNumbers)} of the Arabic, ${pct(matched, persianNumbers)} of the Persian)`,
    );
    out.push(
      `  lines with dates on both sides: ${withDates}; all compatible: ${datesCompatible} (${pct(datesCompatible, withDates)}); some date disjoint from all: ${datesDisjoint}`,
    );
    for (const s of shown) out.push(`  ${s}`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const showAt = args.indexOf('--show');
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--show');
  for (const line of scoreFactsNtrex(dir, showAt >= 0 ? Number(args[showAt + 1]) : 0)) console.log(line);
}
