/**
 * compareNames on names taken from professional translations (issue 12): TICO-19 (health) and NTREX (news),
 * Arabic against Iranian Persian and against Dari, line-parallel. Measuring only: no line is stored.
 *
 * Arabic-script pairs are taken without compareNames, so that the figure does not grade itself: a line pair
 * counts when findNames finds exactly one name (adjectives aside) in the Arabic line and exactly one in the
 * Persian line, of compatible types, neither in Latin letters. Such a pair is usually one entity written
 * twice, but not always (findNames may miss the counterpart and find another name): `--show` lists the pairs
 * compareNames calls different, to be read against the English line.
 *
 * Latin script: names the Persian line leaves in Latin letters (findNames, cue `latin`, at least three
 * letters, found verbatim in the English line) and the Arabic line writes in Arabic script. The figure is
 * the share for which findSpelledName (compareNames over word windows, as compare() does) finds the
 * Arabic-script spelling in the Arabic line; `--show` lists the misses and what was found, for reading.
 *
 *   npx tsx bench/names-translations.ts [--show]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareNames, findNames, type NameMention } from '../src/index.js';
import { findSpelledName } from '../src/names/spelled-in.js';
import { SHARED } from './corpus.js';

interface Figure {
  corpus: string;
  pairs: number;
  same: number;
  /** Pairs with a name in Latin script on one side (the Persian translation left it in Latin letters). */
  latinPairs: number;
  latinSame: number;
  misses: string[];
  latinFound: string[];
}

const LATIN = /[A-Za-z]/u;

function lines(corpus: string, lang: string): string[] {
  return readFileSync(join(SHARED, 'data', corpus, `${lang}.txt`), 'utf8')
    .replace(/\r/g, '')
    .split('\n');
}

function names(text: string, language: 'ar' | 'fa'): NameMention[] {
  return findNames(text, { language }).filter((m) => m.form !== 'adjective');
}

const compatible = (x: NameMention, y: NameMention): boolean => x.type === y.type || x.type === 'unknown' || y.type === 'unknown';

export function translationFigures(): Figure[] {
  const out: Figure[] = [];
  for (const corpus of ['tico19-dev', 'ntrex-dev']) {
    if (!existsSync(join(SHARED, 'data', corpus))) continue;
    const arb = lines(corpus, 'arb');
    const eng = lines(corpus, 'eng');
    for (const lang of ['fas', 'prs']) {
      const other = lines(corpus, lang);
      const figure: Figure = {
        corpus: `${corpus} arb–${lang}`,
        pairs: 0,
        same: 0,
        latinPairs: 0,
        latinSame: 0,
        misses: [],
        latinFound: [],
      };
      for (let i = 0; i < arb.length; i++) {
        const arabic = arb[i] ?? '';
        const english = eng[i] ?? '';
        const a = names(arabic, 'ar');
        const b = names(other[i] ?? '', 'fa');
        for (const l of b.filter(
          (m) => m.cue === 'latin' && m.text.replace(/[^A-Za-z]/gu, '').length >= 3 && english.includes(m.text) && !arabic.includes(m.text),
        )) {
          figure.latinPairs++;
          const found = findSpelledName(l.text, arabic, 0, arabic.length, 'ar');
          if (found) {
            figure.latinSame++;
            figure.latinFound.push(`${l.text} → ${found.text}`);
          } else figure.misses.push(`LATIN ${l.text}   en: ${english.slice(0, 120)}   ar: ${arabic.slice(0, 120)}`);
        }
        // Names in Latin script are counted above; the Arabic-script pairs are those of the lines without them.
        const ax = a.filter((m) => m.cue !== 'latin');
        const bx = b.filter((m) => m.cue !== 'latin');
        if (ax.length !== 1 || bx.length !== 1) continue;
        const x = ax[0] as NameMention;
        const y = bx[0] as NameMention;
        if (!compatible(x, y) || LATIN.test(x.text) || LATIN.test(y.text)) continue;
        const m = compareNames(x.text, y.text);
        figure.pairs++;
        if (m.same) figure.same++;
        else figure.misses.push(`${x.text} | ${y.text}   (${m.reason.detail})   en: ${english.slice(0, 140)}`);
      }
      out.push(figure);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of translationFigures()) {
    const pct = (x: number, n: number): string => `${((100 * x) / Math.max(n, 1)).toFixed(1)}%`;
    console.log(
      `${f.corpus.padEnd(22)} Arabic-script pairs ${String(f.pairs).padStart(4)}, called same ${pct(f.same, f.pairs).padStart(6)};  Latin names in the Persian ${String(f.latinPairs).padStart(3)}, Arabic spelling found ${pct(f.latinSame, f.latinPairs).padStart(6)}`,
    );
    if (process.argv.includes('--show')) for (const m of [...f.misses, ...f.latinFound.map((x) => 'FOUND ' + x)]) console.log('  ' + m);
  }
}
