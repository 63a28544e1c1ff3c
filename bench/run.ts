/**
 * `npm run bench`: every benchmark of the project, speed and quality. Figures depend on the machine; the
 * README quotes them for a shared 2-core machine. Pass names to run only some: `npm run bench -- text`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './corpus.js';
import { benchExtract } from './extract.js';
import { benchLexiconCoverage } from './lexicon-coverage.js';
import { scoreClaimsNtrex } from './claims-ntrex.js';
import { benchCompareSpeed } from './compare-speed.js';
import { scoreFactsNtrex } from './facts-ntrex.js';
import { scoreLanguage } from './language-ntrex.js';
import { scoreSegmentation } from './segmentation-ntrex.js';
import { benchText } from './text.js';
import { scoreNames } from './names.js';
import { benchNames } from './names-speed.js';
import { benchRender } from './render-speed.js';
import { calibration, ntrexCases, runAligner } from './align-ntrex.js';
import { benchAlignSpeed } from './align-speed.js';
import { scoreCompareNtrex } from './compare-ntrex.js';
import { measureBundles } from './bundle-size.js';
import { benchCompareHuge } from './compare-huge.js';
import { benchNoise } from './noise.js';
import { benchSpeed } from './speed.js';

const hasNtrex = existsSync(join(SHARED, 'data/ntrex-dev/docs.tsv'));

const benches: Record<string, () => string[]> = {
  text: benchText,
  names: () => scoreNames(),
  'names-speed': benchNames,
  render: benchRender,
  'bundle-size': () => measureBundles().lines,
  segmentation: () =>
    hasNtrex
      ? (['arb', 'fas', 'prs'] as const).map((lang) => {
          const s = scoreSegmentation(lang);
          return `segment NTREX ${lang}: recall ${(100 * s.recall).toFixed(2)}%, precision ${(100 * s.precision).toFixed(2)}%`;
        })
      : ['segmentation: ../shared/data/ntrex-dev not found, skipped'],
  language: () =>
    hasNtrex
      ? (['arb', 'fas', 'prs'] as const).map((file) => {
          const s = scoreLanguage(file);
          return `detectLanguage NTREX ${file}: language ${s.languageRight}/${s.documents}${file === 'arb' ? '' : `, variant right ${s.variantRight}, undecided ${s.variantUndecided}`}`;
        })
      : ['language: ../shared/data/ntrex-dev not found, skipped'],
  facts: benchExtract,
  'facts-ntrex': () => (hasNtrex ? scoreFactsNtrex() : ['facts-ntrex: ../shared/data/ntrex-dev not found, skipped']),
  lexicon: () => (hasNtrex ? benchLexiconCoverage() : ['lexicon: ../shared/data/ntrex-dev not found, skipped']),
  align: () =>
    hasNtrex
      ? [
          ...['fas', 'prs'].map((t) => {
            const s = runAligner(ntrexCases('arb', t, 20261123));
            return `alignSentences NTREX arb-${t} (align_eval.py's default seed): strict F1 ${s.strictF1.toFixed(3)}, dropped F1 ${s.droppedF1.toFixed(3)}`;
          }),
          '(the spread over seeds: npx tsx bench/align-ntrex.ts --seeds 8)',
          ...calibration(['arb-fas', 'arb-prs'], 2),
        ]
      : ['align: ../shared/data/ntrex-dev not found, skipped'],
  'align-speed': () => (hasNtrex ? benchAlignSpeed([1000, 10000, 50000]) : ['align-speed: ../shared/data/ntrex-dev not found, skipped']),
  compare: () =>
    hasNtrex ? [...scoreCompareNtrex('fas'), ...scoreCompareNtrex('prs')] : ['compare: ../shared/data/ntrex-dev not found, skipped'],
  noise: () => benchNoise(),
  claims: () =>
    hasNtrex ? [...scoreClaimsNtrex('fas'), ...scoreClaimsNtrex('prs')] : ['claims: ../shared/data/ntrex-dev not found, skipped'],
  'compare-speed': () => benchCompareSpeed(),
  // The speed and memory table of the README, every row in fresh processes (minutes; HUNALIGN=path adds hunalign).
  speed: () => benchSpeed(),
  // Last: minutes and a few GB on a 2-core machine (two reports of 20 MB each, in a fresh process).
  'compare-huge': () => benchCompareHuge(20),
};

const only = process.argv.slice(2);
for (const [name, run] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`── ${name}`);
  for (const line of run()) console.log(line);
}
