// A floor under the aligner's quality, so that no change lowers it unnoticed: the shared evaluation
// (../shared/eval/align_eval.py: NTREX and TICO-19 dev documents with lines merged and dropped at random) on the
// built library, Arabic against Iranian Persian and against Dari. The floors sit a little under the figures the
// README reports (strict F1 0.977–0.992, dropped-sentence F1 0.864–0.931), below the spread random seeds give.
// Needs dist/ (npm run build), python3 and ../shared; without ../shared it says so and passes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(project, '..', 'shared');
const FLOOR = { strict: 0.96, dropped: 0.8 };

if (!existsSync(join(shared, 'eval', 'align_eval.py'))) {
  console.log('check-alignment: ../shared/eval is not beside the project; skipped');
  process.exit(0);
}
let failed = false;
for (const data of ['ntrex-dev', 'tico19-dev']) {
  for (const target of ['fas', 'prs']) {
    const out = execFileSync('python3', [join(shared, 'eval', 'align_eval.py'), join(shared, 'data', data), 'arb', target, `project:${project}`], {
      encoding: 'utf8',
    });
    const line = out.trim().split('\n').at(-1) ?? '';
    const strict = Number(/strict F1 ([\d.]+)/.exec(line)?.[1]);
    const dropped = Number(/dropped-sentence F1 ([\d.]+)/.exec(line)?.[1]);
    const ok = strict >= FLOOR.strict && dropped >= FLOOR.dropped;
    if (!ok) failed = true;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${data} arb-${target}: strict F1 ${strict} (floor ${FLOOR.strict}), dropped-sentence F1 ${dropped} (floor ${FLOOR.dropped})`);
  }
}
process.exit(failed ? 1 : 0);
